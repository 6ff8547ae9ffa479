using System.Globalization;
using Hotline.Reports.Data;
using Hotline.Reports.Resources;

namespace Hotline.Reports.Sources;

/// <summary>What someone asked for: a kind of report over the days <paramref name="From"/>–<paramref name="To"/> (both included), for one agent in a review.</summary>
public sealed record ReportRequest(ReportKind Kind, DateOnly From, DateOnly To, string? Agent = null)
{
    /// <summary>The longest period each kind may cover: a day, a month, a month of QA, a year of review.</summary>
    public static int MaxDays(ReportKind kind) => kind switch
    {
        ReportKind.Daily => 1,
        ReportKind.Monthly => 31,
        ReportKind.Qa => 31,
        _ => 366,
    };

    /// <summary>The period, checked against the kind: throws <see cref="ReportPeriodException"/> when it ends before it starts or is longer than
    /// <see cref="MaxDays"/>, and <see cref="ReportRequestException"/> when a monthly report is not one calendar month or a review names no agent.</summary>
    public ReportPeriod Validate()
    {
        var period = new ReportPeriod(From, To).RequireAtMost(MaxDays(Kind));
        var culture = CultureInfo.GetCultureInfo("zh-CN");
        if (Kind == ReportKind.Monthly && !period.IsCalendarMonth)
            throw new ReportRequestException(string.Format(culture, SourceText.PeriodNotCalendarMonth, From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        if (Kind == ReportKind.Review && string.IsNullOrWhiteSpace(Agent))
            throw new ReportRequestException(SourceText.ReviewNeedsAgent);
        return period;
    }

    /// <summary>A day given as yyyy-MM-dd in the parameter <paramref name="name"/>; throws <see cref="ReportRequestException"/> naming the parameter and the text.</summary>
    public static DateOnly ParseDay(string? text, string name) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new ReportRequestException(string.Format(CultureInfo.GetCultureInfo("zh-CN"), SourceText.DateParameter, name, text));

    /// <summary>A file name for the report: kind, period and agent, e.g. monthly-2026-10-01-2026-10-31.pdf.</summary>
    public string FileName()
    {
        var name = $"{ReportKinds.Name(Kind)}-{From:yyyy-MM-dd}";
        if (To != From)
            name += $"-{To:yyyy-MM-dd}";
        if (!string.IsNullOrWhiteSpace(Agent))
            name += "-" + string.Concat(Agent.Where(char.IsLetterOrDigit));
        return name + ".pdf";
    }
}
