namespace Hotline.Portal.Administration;

/// <summary>The result of an administration change: success, or the resource key of the refusal, its detail and the form field it concerns (if any).</summary>
public sealed record AdminOutcome(string? RefusalKey, string? Detail = null, string? Field = null)
{
    /// <summary>The change was made.</summary>
    public static AdminOutcome Done { get; } = new(RefusalKey: null);

    /// <summary>True when the change was made.</summary>
    public bool Succeeded => RefusalKey is null;
}
