using System.Text.RegularExpressions;

namespace Hotline.Grains.Abstractions.Queues;

/// <summary>
/// The rule for a new queue's name: 2–40 lower-case ASCII letters, digits or hyphens, starting with a letter. The name is a
/// grain key, an IVR flow's queue target and an analytics dimension, so it stays plain and case-stable.
/// </summary>
public static partial class QueueName
{
    /// <summary>The shortest name allowed.</summary>
    public const int MinLength = 2;

    /// <summary>The longest name allowed.</summary>
    public const int MaxLength = 40;

    /// <summary>True when <paramref name="name"/> follows the rule.</summary>
    public static bool IsValid(string? name) => name is not null && Pattern().IsMatch(name);

    [GeneratedRegex("^[a-z][a-z0-9-]{1,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
