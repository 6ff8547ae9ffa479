using Hotline.Reports.Documents;
using Hotline.Reports.Resources;

namespace Hotline.Reports.Builders;

/// <summary>Writes how a figure changed against a comparison period, and judges whether that is good news.</summary>
public static class Change
{
    /// <summary>The relative change of a count or duration: +5.2%, -3.1%, 持平, 新增 (from zero), or the dash without a base.</summary>
    public static string Relative(double current, double? previous)
    {
        if (previous is not { } before)
            return FigureText.Missing;
        if (before == 0)
            return current == 0 ? ReportText.ChangeFlat : ReportText.ChangeNew;
        var ratio = (current - before) / before;
        return Math.Abs(ratio) < 0.0005 ? ReportText.ChangeFlat : Signed(ratio.ToString("0.0%", FigureText.Culture), ratio);
    }

    /// <summary>The change of a rate in percentage points: +1.1 个百分点, 持平, or the dash.</summary>
    public static string Points(double? current, double? previous)
    {
        if (current is not { } now || previous is not { } before)
            return FigureText.Missing;
        var points = (now - before) * 100;
        return Math.Abs(points) < 0.05
            ? ReportText.ChangeFlat
            : string.Format(FigureText.Culture, ReportText.ChangePoints, Signed(Math.Abs(points).ToString("0.0", FigureText.Culture), points));
    }

    /// <summary>The change of a duration in seconds: +3 秒, 持平, or the dash.</summary>
    public static string Seconds(double current, double? previous)
    {
        if (previous is not { } before)
            return FigureText.Missing;
        var delta = Math.Round(current - before);
        return delta == 0 ? ReportText.ChangeFlat : Signed(FigureText.Seconds(Math.Abs(delta)), delta);
    }

    /// <summary>The change of a score in points: +2.5 分, 持平, or the dash.</summary>
    public static string Score(double current, double? previous)
    {
        if (previous is not { } before)
            return FigureText.Missing;
        var delta = current - before;
        return Math.Abs(delta) < 0.05
            ? ReportText.ChangeFlat
            : string.Format(FigureText.Culture, ReportText.ScorePoints, Signed(Math.Abs(delta).ToString("0.0", FigureText.Culture), delta));
    }

    /// <summary>Better, worse or neutral, given which direction is good for this figure.</summary>
    public static Trend Judge(double? current, double? previous, bool higherIsBetter)
    {
        if (current is not { } now || previous is not { } before || Math.Abs(now - before) < 1e-9)
            return Trend.Neutral;
        return (now > before) == higherIsBetter ? Trend.Better : Trend.Worse;
    }

    private static string Signed(string magnitude, double sign) =>
        sign > 0 ? "+" + magnitude.TrimStart('-') : "-" + magnitude.TrimStart('-');
}
