using Hotline.Reports.Charts;
using Hotline.Reports.Data;
using Hotline.Reports.Documents;
using Hotline.Reports.Resources;

namespace Hotline.Reports.Builders;

/// <summary>Builds the daily operations report (日报): headline figures against the previous day, the comparison table, hourly traffic, top categories and notable events.</summary>
public static class DailyOperationsReport
{
    /// <summary>The document for <paramref name="data"/>.</summary>
    public static ReportDocument Build(DailyOperationsData data, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(context);
        return new ReportDocument(
            ReportText.DailyTitle,
            string.Format(FigureText.Culture, ReportText.DailySubtitle, FigureText.DateWithWeekday(data.Date)),
            context.Organisation,
            context.GeneratedAt,
            [Overview(data), Comparison(data), Hourly(data), Categories(data), Events(data)]);
    }

    private static ReportSection Overview(DailyOperationsData data)
    {
        var calls = data.Calls;
        var before = data.PreviousDay;
        string Versus(string change) => string.Format(FigureText.Culture, ReportText.VersusPreviousDay, change);
        KeyFigure[] figures =
        [
            new(ReportText.CallsOffered, FigureText.Count(calls.Offered), Versus(Change.Relative(calls.Offered, before?.Offered))),
            new(ReportText.AnswerRate, FigureText.Percent(calls.AnswerRate), Versus(Change.Points(calls.AnswerRate, before?.AnswerRate)), Change.Judge(calls.AnswerRate, before?.AnswerRate, true)),
            new(string.Format(FigureText.Culture, ReportText.ServiceLevel, calls.ServiceLevelTargetSeconds), FigureText.Percent(calls.ServiceLevel), Versus(Change.Points(calls.ServiceLevel, before?.ServiceLevel)), Change.Judge(calls.ServiceLevel, before?.ServiceLevel, true)),
            new(ReportText.CallsAbandoned, FigureText.Count(calls.Abandoned), Versus(Change.Relative(calls.Abandoned, before?.Abandoned)), Change.Judge(calls.Abandoned, before?.Abandoned, false)),
            new(ReportText.AverageSpeedOfAnswer, FigureText.Seconds(calls.AverageSpeedOfAnswerSeconds), Versus(Change.Seconds(calls.AverageSpeedOfAnswerSeconds, before?.AverageSpeedOfAnswerSeconds)), Change.Judge(calls.AverageSpeedOfAnswerSeconds, before?.AverageSpeedOfAnswerSeconds, false)),
            new(ReportText.AverageHandleTime, FigureText.Seconds(calls.AverageHandleTimeSeconds), Versus(Change.Seconds(calls.AverageHandleTimeSeconds, before?.AverageHandleTimeSeconds))),
            new(ReportText.TicketsReceived, FigureText.Count(data.Tickets.Received), Versus(Change.Relative(data.Tickets.Received, data.PreviousDayTickets?.Received))),
            new(ReportText.TicketsOverdue, FigureText.Count(data.Tickets.Overdue), Versus(Change.Relative(data.Tickets.Overdue, data.PreviousDayTickets?.Overdue)), Change.Judge(data.Tickets.Overdue, data.PreviousDayTickets?.Overdue, false)),
        ];

        var summary = calls.Offered == 0
            ? ReportText.DailyNoCalls
            : string.Format(FigureText.Culture, ReportText.DailySummaryCalls, FigureText.Count(calls.Offered), FigureText.Count(calls.Answered),
                FigureText.Percent(calls.AnswerRate), calls.ServiceLevelTargetSeconds, FigureText.Percent(calls.ServiceLevel),
                FigureText.Seconds(calls.AverageSpeedOfAnswerSeconds), FigureText.Seconds(calls.AverageHandleTimeSeconds));
        summary += string.Format(FigureText.Culture, ReportText.DailySummaryTickets, FigureText.Count(data.Tickets.Received),
            FigureText.Count(data.Tickets.Closed), FigureText.Count(data.Tickets.Overdue), FigureText.Count(data.Tickets.OpenAtEnd));
        return new ReportSection(ReportText.SectionOverview, [new KeyFiguresBlock(figures), new ParagraphBlock(summary)]);
    }

    private static ReportSection Comparison(DailyOperationsData data)
    {
        var (c, d, w) = (data.Calls, data.PreviousDay, data.SameDayLastWeek);
        var (t, td) = (data.Tickets, data.PreviousDayTickets);
        TableRow Count(string label, double now, double? day, double? week) =>
            new([label, FigureText.Count(now), Opt(day, FigureText.Count), Change.Relative(now, day), Opt(week, FigureText.Count), Change.Relative(now, week)]);
        TableRow Rate(string label, double? now, double? day, double? week) =>
            new([label, FigureText.Percent(now), FigureText.Percent(day), Change.Points(now, day), FigureText.Percent(week), Change.Points(now, week)]);
        TableRow Duration(string label, double now, double? day, double? week) =>
            new([label, FigureText.Seconds(now), Opt(day, FigureText.Seconds), Change.Seconds(now, day), Opt(week, FigureText.Seconds), Change.Seconds(now, week)]);

        TableRow[] rows =
        [
            Count(ReportText.CallsOffered, c.Offered, d?.Offered, w?.Offered),
            Count(ReportText.CallsAnswered, c.Answered, d?.Answered, w?.Answered),
            Count(ReportText.CallsAbandoned, c.Abandoned, d?.Abandoned, w?.Abandoned),
            Rate(ReportText.AnswerRate, c.AnswerRate, d?.AnswerRate, w?.AnswerRate),
            Rate(string.Format(FigureText.Culture, ReportText.ServiceLevel, c.ServiceLevelTargetSeconds), c.ServiceLevel, d?.ServiceLevel, w?.ServiceLevel),
            Duration(ReportText.AverageSpeedOfAnswer, c.AverageSpeedOfAnswerSeconds, d?.AverageSpeedOfAnswerSeconds, w?.AverageSpeedOfAnswerSeconds),
            Duration(ReportText.AverageHandleTime, c.AverageHandleTimeSeconds, d?.AverageHandleTimeSeconds, w?.AverageHandleTimeSeconds),
            Count(ReportText.TicketsReceived, t.Received, td?.Received, null),
            Count(ReportText.TicketsClosed, t.Closed, td?.Closed, null),
            Count(ReportText.TicketsOverdue, t.Overdue, td?.Overdue, null),
        ];
        TableColumn[] columns =
        [
            new(ReportText.ColumnIndicator, 1.6), new(ReportText.ColumnToday, 1, CellAlignment.Right), new(ReportText.ColumnPreviousDay, 1, CellAlignment.Right),
            new(ReportText.ColumnVersusPreviousDay, 1.2, CellAlignment.Right), new(ReportText.ColumnSameDayLastWeek, 1, CellAlignment.Right),
            new(ReportText.ColumnVersusLastWeek, 1.2, CellAlignment.Right),
        ];
        return new ReportSection(ReportText.SectionComparison, [new TableBlock(ReportText.DailyComparisonCaption, columns, rows)]);
    }

    private static ReportSection Hourly(DailyOperationsData data)
    {
        if (data.Hours.Count == 0)
            return new ReportSection(ReportText.SectionHourly, [new ParagraphBlock(ReportText.NoHourlyData)]);
        var hours = data.Hours.OrderBy(h => h.Hour).ToList();
        string[] labels = [.. hours.Select(h => string.Format(FigureText.Culture, ReportText.HourLabel, h.Hour))];
        var line = new LineChartSpec(ReportText.ChartHourlyCalls, labels,
        [
            new ChartSeries(ReportText.SeriesToday, [.. hours.Select(h => (double)h.Offered)]),
            new ChartSeries(ReportText.SeriesSameDayLastWeek, [.. hours.Select(h => (double)h.OfferedWeekAgo)]),
        ], ReportText.AxisCalls);
        var stacked = new BarChartSpec(ReportText.ChartHourlyOutcome, labels,
        [
            new ChartSeries(ReportText.CallsAnswered, [.. hours.Select(h => (double)h.Answered)]),
            new ChartSeries(ReportText.CallsUnanswered, [.. hours.Select(h => (double)Math.Max(h.Offered - h.Answered, 0))]),
        ], ReportText.AxisCalls, BarArrangement.Stacked);
        var peak = hours.MaxBy(h => h.Offered)!;
        var note = string.Format(FigureText.Culture, ReportText.DailyPeakHour, peak.Hour, peak.Hour + 1, FigureText.Count(peak.Offered));
        return new ReportSection(ReportText.SectionHourly,
        [
            new FigureBlock(line, ReportText.CaptionHourlyCalls, 210),
            new FigureBlock(stacked, ReportText.CaptionHourlyOutcome, 210),
            new ParagraphBlock(note),
        ]);
    }

    private static ReportSection Categories(DailyOperationsData data)
    {
        if (data.TopCategories.Count == 0)
            return new ReportSection(ReportText.SectionTopCategories, [new ParagraphBlock(ReportText.NoTickets)]);
        var total = data.TopCategories.Sum(c => c.Current);
        TableRow[] rows = [.. data.TopCategories.Select(c => new TableRow(
        [
            c.Name, FigureText.Count(c.Current), FigureText.Percent(total == 0 ? null : (double)c.Current / total),
            Opt(c.Previous, v => FigureText.Count(v)), Change.Relative(c.Current, c.Previous),
        ]))];
        TableColumn[] columns =
        [
            new(ReportText.ColumnCategory, 2.2), new(ReportText.ColumnToday, 1, CellAlignment.Right), new(ReportText.ColumnShare, 1, CellAlignment.Right),
            new(ReportText.ColumnPreviousDay, 1, CellAlignment.Right), new(ReportText.ColumnVersusPreviousDay, 1.2, CellAlignment.Right),
        ];
        var top = data.TopCategories.Take(8).ToList();
        var chart = new BarChartSpec(ReportText.ChartTopCategories, [.. top.Select(c => c.Name)],
        [
            new ChartSeries(ReportText.SeriesToday, [.. top.Select(c => (double)c.Current)]),
            new ChartSeries(ReportText.SeriesPreviousDay, [.. top.Select(c => (double)(c.Previous ?? 0))]),
        ], ReportText.AxisTickets, Horizontal: true);
        return new ReportSection(ReportText.SectionTopCategories,
        [
            new TableBlock(ReportText.DailyCategoriesCaption, columns, rows),
            new FigureBlock(chart, ReportText.CaptionTopCategories, 200),
        ]);
    }

    private static ReportSection Events(DailyOperationsData data)
    {
        if (data.Events.Count == 0)
            return new ReportSection(ReportText.SectionEvents, [new ParagraphBlock(ReportText.NoEvents)]);
        TableRow[] rows = [.. data.Events.OrderBy(e => e.At).Select(e => new TableRow(
            [e.At.ToString("HH:mm", FigureText.Culture), Severity.Name(e.Severity), e.Description]))];
        TableColumn[] columns = [new(ReportText.ColumnTime, 0.8), new(ReportText.ColumnLevel, 0.8, CellAlignment.Center), new(ReportText.ColumnEvent, 5)];
        return new ReportSection(ReportText.SectionEvents, [new TableBlock(ReportText.DailyEventsCaption, columns, rows)]);
    }

    private static string Opt(double? value, Func<double, string> format) => value is { } v ? format(v) : FigureText.Missing;

    private static string Opt(long? value, Func<long, string> format) => value is { } v ? format(v) : FigureText.Missing;
}
