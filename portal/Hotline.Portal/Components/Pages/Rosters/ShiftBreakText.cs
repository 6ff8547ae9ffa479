using System.Globalization;
using Hotline.Grains.Abstractions.People;

namespace Hotline.Portal.Components.Pages.Rosters;

/// <summary>A shift's breaks as the template form writes them: "120+15, 240+60" (minutes after the shift starts + length in minutes).</summary>
public static class ShiftBreakText
{
    /// <summary>The breaks, or null with <paramref name="bad"/> set to the first entry that is not "start+length" in whole minutes.</summary>
    public static IReadOnlyList<ShiftBreak>? Parse(string? text, out string? bad)
    {
        bad = null;
        var breaks = new List<ShiftBreak>();
        foreach (var entry in (text ?? "").Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = entry.Split('+', StringSplitOptions.TrimEntries);
            if (parts.Length != 2
                || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var startMinute)
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                bad = entry;
                return null;
            }

            breaks.Add(new ShiftBreak(startMinute, length));
        }

        return breaks;
    }

    /// <summary>The breaks written back: "120+15, 240+60".</summary>
    public static string Format(IEnumerable<ShiftBreak> breaks) =>
        string.Join(", ", breaks.Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.StartMinute}+{b.Minutes}")));
}
