using System.Globalization;
using Hotline.Reports.Resources;

namespace Hotline.Reports.Builders;

/// <summary>Writes figures the way Chinese reports do: 1,234 · 95.3% · 4 分 45 秒 · 86.5 分; a missing figure is a dash.</summary>
public static class FigureText
{
    /// <summary>Formatting culture for every figure in a report.</summary>
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>Written for a figure that cannot be computed (no calls, no history).</summary>
    public const string Missing = "—";

    /// <summary>A count with thousands separators.</summary>
    public static string Count(double value) => value.ToString("N0", Culture);

    /// <summary>A rate 0–1 as a percentage with one decimal, or the dash.</summary>
    public static string Percent(double? rate) => rate is { } r && double.IsFinite(r) ? r.ToString("0.0%", Culture) : Missing;

    /// <summary>An agreement coefficient (kappa, −1 to 1) with two decimals, or the dash.</summary>
    public static string Coefficient(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("0.00", Culture) : Missing;

    /// <summary>A score with one decimal.</summary>
    public static string Score(double value) => value.ToString("0.0", Culture);

    /// <summary>A duration: 12 秒 below a minute, 4 分 45 秒 above, 5 分 on the minute.</summary>
    public static string Seconds(double seconds)
    {
        var whole = (long)Math.Round(Math.Max(seconds, 0));
        if (whole < 60)
            return string.Format(Culture, ReportText.DurationSeconds, whole);
        return whole % 60 == 0
            ? string.Format(Culture, ReportText.DurationWholeMinutes, whole / 60)
            : string.Format(Culture, ReportText.DurationMinutes, whole / 60, whole % 60);
    }

    /// <summary>A threshold such as a pass mark: 80, or 79.5 when it has a fraction.</summary>
    public static string Threshold(double value) => value.ToString("0.#", Culture);

    /// <summary>A date as 2026年11月27日.</summary>
    public static string Date(DateOnly day) => day.ToString("yyyy年M月d日", Culture);

    /// <summary>A date with its weekday, 2026年11月27日（星期五）.</summary>
    public static string DateWithWeekday(DateOnly day) => $"{Date(day)}（{day.ToString("dddd", Culture)}）";

    /// <summary>A date range, 2026年11月1日至2026年11月30日, or one date when both ends are equal.</summary>
    public static string Range(DateOnly from, DateOnly to) =>
        from == to ? Date(from) : string.Format(Culture, ReportText.DateRange, Date(from), Date(to));
}
