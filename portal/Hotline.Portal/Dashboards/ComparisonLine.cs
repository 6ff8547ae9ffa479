using System.Globalization;
using Hotline.Analytics.Analyses;

namespace Hotline.Portal.Dashboards;

/// <summary>One row of a 同比/环比 table as people read it: the counts and the changes as signed percentages ("—" when there is nothing to compare with).</summary>
public sealed record ComparisonLine(string Key, long Current, long Previous, long LastYear, string PeriodOverPeriod, string YearOverYear)
{
    /// <summary>The key as people read it (a ticket type's or channel's Chinese name); the key itself by default.</summary>
    public string Label { get; init; } = Key;

    /// <summary>The line for <paramref name="row"/>; <paramref name="none"/> names the whole when the breakdown is by nothing.</summary>
    public static ComparisonLine From(ComparisonRow row, string none)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new ComparisonLine(row.Key.Length == 0 ? none : row.Key, row.Current, row.Previous, row.LastYear, Percent(row.PeriodOverPeriod), Percent(row.YearOverYear));
    }

    /// <summary>A change as a signed percentage with one decimal ("+25.0%"), or "—".</summary>
    public static string Percent(double? change) => change is { } c ? c.ToString("+0.0%;-0.0%;0.0%", CultureInfo.InvariantCulture) : "—";

    /// <summary>Whether the period grew against the previous one (for colouring).</summary>
    public bool Rose => Current > Previous;
}
