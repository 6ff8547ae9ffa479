using Hotline.Reports.Data;

namespace Hotline.Reports.Builders;

/// <summary>One indicator of a <see cref="TrendTable"/>: its name, values, how to write a value and how to write a change.</summary>
public sealed record TrendLine(string Indicator, TrendValue Value, Func<double, string> Format, Func<double, double?, string> Compare)
{
    /// <summary>A counted indicator (changes as percentages).</summary>
    public static TrendLine Count(string indicator, TrendValue value) => new(indicator, value, FigureText.Count, (c, p) => Change.Relative(c, p));

    /// <summary>A rate indicator (changes in percentage points).</summary>
    public static TrendLine Rate(string indicator, TrendValue value) => new(indicator, value, v => FigureText.Percent(v), (c, p) => Change.Points(c, p));

    /// <summary>A score indicator (changes in points).</summary>
    public static TrendLine Score(string indicator, TrendValue value) => new(indicator, value, FigureText.Score, Change.Score);
}
