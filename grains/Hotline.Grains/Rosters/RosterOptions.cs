namespace Hotline.Grains.Rosters;

/// <summary>Roster settings (<c>Hotline:People:Roster</c>).</summary>
public sealed class RosterOptions
{
    /// <summary>The offset shift times are local to; China keeps UTC+8 all year, so a fixed offset is exact there.</summary>
    public TimeSpan UtcOffset { get; set; } = TimeSpan.FromHours(8);

    /// <summary>The longest window adherence or a schedule is computed for in one call (a quarter, the longest review period).</summary>
    public TimeSpan MaxWindow { get; set; } = TimeSpan.FromDays(93);
}
