using Hotline.Reports.Charts;
using Hotline.Reports.Data;
using Hotline.Reports.Documents;
using Hotline.Reports.Resources;

namespace Hotline.Reports.Builders;

/// <summary>Builds the monthly analysis report (月度分析报告): 同比/环比 by category, region and enterprise, traffic and workflow, hotspots, topics, warnings and satisfaction.</summary>
public static class MonthlyAnalysisReport
{
    private const int ChartCategories = 8;
    private const int TableEnterprises = 15;

    /// <summary>The document for <paramref name="data"/>; throws <see cref="ReportPeriodException"/> unless the period is one calendar month.</summary>
    public static ReportDocument Build(MonthlyAnalysisData data, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(context);
        if (!data.Period.IsCalendarMonth)
            data.Period.RequireAtMost(31);
        var month = data.Period.From.ToString("yyyy年M月", FigureText.Culture);
        return new ReportDocument(
            ReportText.MonthlyTitle,
            string.Format(FigureText.Culture, ReportText.MonthlySubtitle, month, FigureText.Range(data.Period.From, data.Period.To)),
            context.Organisation,
            context.GeneratedAt,
            [Overview(data), Breakdowns(data), Traffic(data), Hotspots(data), Topics(data), Warnings(data), Satisfaction(data)]);
    }

    private static ReportSection Overview(MonthlyAnalysisData data)
    {
        string Both(string monthOnMonth, string yearOnYear) => string.Format(FigureText.Culture, ReportText.MonthOnMonthAndYearOnYear, monthOnMonth, yearOnYear);
        var received = data.TicketsReceived;
        var closed = data.TicketsClosed;
        var onTime = data.OnTimeClosureRate;
        var calls = data.CallsOffered;
        var satisfied = data.Satisfaction.SatisfiedRate;
        KeyFigure[] figures =
        [
            new(ReportText.TicketsReceivedMonth, FigureText.Count(received.Current), Both(Change.Relative(received.Current, received.Previous), Change.Relative(received.Current, received.YearAgo))),
            new(ReportText.TicketsClosed, FigureText.Count(closed.Current), Both(Change.Relative(closed.Current, closed.Previous), Change.Relative(closed.Current, closed.YearAgo))),
            new(ReportText.OnTimeClosureRate, FigureText.Percent(onTime.Current), Both(Change.Points(onTime.Current, onTime.Previous), Change.Points(onTime.Current, onTime.YearAgo)), Change.Judge(onTime.Current, onTime.Previous, true)),
            new(ReportText.SatisfiedRate, FigureText.Percent(satisfied.Current), Both(Change.Points(satisfied.Current, satisfied.Previous), Change.Points(satisfied.Current, satisfied.YearAgo)), Change.Judge(satisfied.Current, satisfied.Previous, true)),
        ];
        var summary = string.Format(FigureText.Culture, ReportText.MonthlySummary,
            FigureText.Count(calls.Current), FigureText.Count(received.Current), Change.Relative(received.Current, received.Previous),
            Change.Relative(received.Current, received.YearAgo), FigureText.Count(closed.Current), FigureText.Percent(onTime.Current),
            data.Categories.Count > 0 ? data.Categories[0].Name : FigureText.Missing,
            FigureText.Percent(received.Current > 0 && data.Categories.Count > 0 ? data.Categories[0].Current / received.Current : null));
        var table = TrendTable.Build(ReportText.MonthlyIndicatorsCaption,
        [
            TrendLine.Count(ReportText.CallsOffered, calls),
            TrendLine.Count(ReportText.TicketsReceivedMonth, received),
            TrendLine.Count(ReportText.TicketsClosed, closed),
            TrendLine.Rate(ReportText.OnTimeClosureRate, onTime),
            TrendLine.Rate(ReportText.SatisfiedRate, satisfied),
        ]);
        var days = data.DailyTickets.OrderBy(d => d.Day).ToList();
        var daily = new LineChartSpec(ReportText.ChartDailyTickets,
            [.. days.Select(d => string.Format(FigureText.Culture, ReportText.DayLabel, d.Day.Day))],
            [
                new ChartSeries(ReportText.SeriesThisMonth, [.. days.Select(d => (double)d.Count)]),
                new ChartSeries(ReportText.SeriesPreviousMonth, [.. days.Select(d => (double)(d.PreviousPeriodCount ?? 0))]),
            ], ReportText.AxisTickets);
        return new ReportSection(ReportText.SectionMonthlyOverview,
        [
            new KeyFiguresBlock(figures),
            new ParagraphBlock(summary),
            table,
            FigureOrNote.Build(daily, ReportText.CaptionDailyTickets, days.Select(d => (double)d.Count), 210),
        ]);
    }

    private static ReportSection Breakdowns(MonthlyAnalysisData data)
    {
        var top = data.Categories.Take(ChartCategories).ToList();
        var categoryChart = new BarChartSpec(ReportText.ChartCategories, [.. top.Select(c => c.Name)],
        [
            new ChartSeries(ReportText.SeriesThisMonth, [.. top.Select(c => (double)c.Current)]),
            new ChartSeries(ReportText.SeriesPreviousMonth, [.. top.Select(c => (double)(c.Previous ?? 0))]),
            new ChartSeries(ReportText.SeriesYearAgo, [.. top.Select(c => (double)(c.YearAgo ?? 0))]),
        ], ReportText.AxisTickets);
        var regionChart = new BarChartSpec(ReportText.ChartRegions, [.. data.Regions.Select(r => r.Name)],
        [
            new ChartSeries(ReportText.SeriesThisMonth, [.. data.Regions.Select(r => (double)r.Current)]),
            new ChartSeries(ReportText.SeriesPreviousMonth, [.. data.Regions.Select(r => (double)(r.Previous ?? 0))]),
        ], ReportText.AxisTickets);
        var enterprises = data.Enterprises.Take(TableEnterprises).ToList();
        var enterpriseChart = new BarChartSpec(ReportText.ChartEnterprises, [.. enterprises.Take(ChartCategories).Select(e => e.Name)],
            [new ChartSeries(ReportText.SeriesThisMonth, [.. enterprises.Take(ChartCategories).Select(e => (double)e.Current)])],
            ReportText.AxisComplaints, Horizontal: true);
        return new ReportSection(ReportText.SectionBreakdowns,
        [
            new SubheadingBlock(ReportText.SubheadingCategories),
            BreakdownTable.Build(ReportText.CategoriesCaption, ReportText.ColumnCategory, data.Categories),
            FigureOrNote.Build(categoryChart, ReportText.CaptionCategories, top.Select(c => (double)c.Current)),
            new SubheadingBlock(ReportText.SubheadingRegions),
            BreakdownTable.Build(ReportText.RegionsCaption, ReportText.ColumnRegion, data.Regions),
            FigureOrNote.Build(regionChart, ReportText.CaptionRegions, data.Regions.Select(r => (double)r.Current), 200),
            new SubheadingBlock(ReportText.SubheadingEnterprises),
            BreakdownTable.Build(ReportText.EnterprisesCaption, ReportText.ColumnEnterprise, enterprises),
            FigureOrNote.Build(enterpriseChart, ReportText.CaptionEnterprises, enterprises.Select(e => (double)e.Current), 200),
        ]);
    }

    private static ReportSection Traffic(MonthlyAnalysisData data)
    {
        string[] weekdays = [.. ReportText.Weekdays.Split(',')];
        string[] hours = [.. Enumerable.Range(0, 24).Select(h => h.ToString(FigureText.Culture))];
        var blocks = new List<ReportBlock>();
        if (data.CallHeat.Count == weekdays.Length)
        {
            var heat = new HeatMapSpec(ReportText.ChartCallHeat, weekdays, hours, data.CallHeat, ReportText.CallHeatScale);
            blocks.Add(FigureOrNote.Build(heat, ReportText.CaptionCallHeat, data.CallHeat.SelectMany(r => r), 220));
        }
        else
        {
            blocks.Add(new ParagraphBlock(string.Format(FigureText.Culture, ReportText.NoChartData, ReportText.CaptionCallHeat), ParagraphStyle.Fine));
        }

        var funnel = new FunnelChartSpec(ReportText.ChartWorkflow, [.. data.Workflow.Select(s => new ChartSlice(s.Stage, s.Count))]);
        blocks.Add(FigureOrNote.Build(funnel, ReportText.CaptionWorkflow, data.Workflow.Select(s => (double)s.Count), 210));
        if (data.Workflow.Count >= 2 && data.Workflow[0].Count > 0)
        {
            var first = data.Workflow[0];
            var last = data.Workflow[^1];
            var weakest = data.Workflow.Zip(data.Workflow.Skip(1), (a, b) => (From: a, To: b, Rate: a.Count == 0 ? 1 : (double)b.Count / a.Count)).MinBy(p => p.Rate);
            blocks.Add(new ParagraphBlock(string.Format(FigureText.Culture, ReportText.WorkflowSummary, first.Stage, last.Stage,
                FigureText.Percent((double)last.Count / first.Count), weakest.From.Stage, weakest.To.Stage, FigureText.Percent(weakest.Rate))));
        }

        return new ReportSection(ReportText.SectionTraffic, blocks);
    }

    private static ReportSection Hotspots(MonthlyAnalysisData data)
    {
        if (data.Hotspots.Count == 0)
            return new ReportSection(ReportText.SectionHotspots, [new ParagraphBlock(ReportText.NoHotspots)]);
        TableColumn[] columns =
        [
            new(ReportText.ColumnHotspot, 1.6), new(ReportText.ColumnCurrent, 0.8, CellAlignment.Right), new(ReportText.ColumnPrevious, 0.8, CellAlignment.Right),
            new(ReportText.ColumnMonthOnMonth, 0.9, CellAlignment.Right), new(ReportText.ColumnWhere, 1.2), new(ReportText.ColumnExample, 3),
        ];
        TableRow[] rows = [.. data.Hotspots.Select(h => new TableRow(
        [
            h.Topic, FigureText.Count(h.Count), h.PreviousCount is { } p ? FigureText.Count(p) : FigureText.Missing,
            Change.Relative(h.Count, h.PreviousCount), h.Where, h.Example,
        ]))];
        return new ReportSection(ReportText.SectionHotspots, [new TableBlock(ReportText.HotspotsCaption, columns, rows)]);
    }

    private static ReportSection Topics(MonthlyAnalysisData data)
    {
        if (data.Topics.Count == 0)
            return new ReportSection(ReportText.SectionTopics, [new ParagraphBlock(ReportText.NoTopics)]);
        var blocks = new List<ReportBlock>();
        foreach (var topic in data.Topics)
        {
            blocks.Add(new SubheadingBlock(topic.Title));
            blocks.Add(new ParagraphBlock(topic.Summary));
            if (topic.Breakdown.Count > 0)
                blocks.Add(BreakdownTable.Build(topic.Title, ReportText.ColumnItem, topic.Breakdown));
        }

        return new ReportSection(ReportText.SectionTopics, blocks);
    }

    private static ReportSection Warnings(MonthlyAnalysisData data)
    {
        if (data.Warnings.Count == 0)
            return new ReportSection(ReportText.SectionWarnings, [new ParagraphBlock(ReportText.NoWarnings)]);
        TableColumn[] columns =
        [
            new(ReportText.ColumnIndicator, 2), new(ReportText.ColumnLevel, 0.7, CellAlignment.Center), new(ReportText.ColumnObserved, 1, CellAlignment.Right),
            new(ReportText.ColumnExpected, 1, CellAlignment.Right), new(ReportText.ColumnDeviation, 1, CellAlignment.Right),
        ];
        var ordered = data.Warnings.OrderByDescending(w => w.Level).ToList();
        TableRow[] rows = [.. ordered.Select(w => new TableRow(
        [
            w.Indicator, Severity.Name(w.Level), UnitText.Value(w.Unit, w.Observed), UnitText.Value(w.Unit, w.Expected), UnitText.Change(w.Unit, w.Observed, w.Expected),
        ]))];
        var blocks = new List<ReportBlock> { new TableBlock(ReportText.WarningsCaption, columns, rows) };
        blocks.AddRange(ordered.Select(w => new ParagraphBlock(
            string.Format(FigureText.Culture, ReportText.WarningExplanation, Severity.Name(w.Level), w.Indicator, w.Explanation), ParagraphStyle.Note)));
        return new ReportSection(ReportText.SectionWarnings, blocks);
    }

    private static ReportSection Satisfaction(MonthlyAnalysisData data)
    {
        var satisfaction = data.Satisfaction;
        if (satisfaction.Responses == 0)
            return new ReportSection(ReportText.SectionSatisfaction, [new ParagraphBlock(ReportText.NoSatisfaction)]);
        var donut = new PieChartSpec(ReportText.ChartSatisfaction, [.. satisfaction.Levels.Select(l => new ChartSlice(l.Level, l.Count))], Donut: true);
        TableColumn[] columns =
        [
            new(ReportText.ColumnCategory, 2), new(ReportText.ColumnSatisfiedRate, 1, CellAlignment.Right),
            new(ReportText.ColumnPrevious, 1, CellAlignment.Right), new(ReportText.ColumnMonthOnMonth, 1.3, CellAlignment.Right),
        ];
        TableRow[] rows = [.. satisfaction.ByCategory.Select(r => new TableRow(
            [r.Name, FigureText.Percent(r.Rate), FigureText.Percent(r.PreviousRate), Change.Points(r.Rate, r.PreviousRate)]))];
        return new ReportSection(ReportText.SectionSatisfaction,
        [
            new ParagraphBlock(string.Format(FigureText.Culture, ReportText.SatisfactionSummary, FigureText.Count(satisfaction.Responses),
                FigureText.Percent(satisfaction.SatisfiedRate.Current), Change.Points(satisfaction.SatisfiedRate.Current, satisfaction.SatisfiedRate.Previous))),
            FigureOrNote.Build(donut, ReportText.CaptionSatisfaction, satisfaction.Levels.Select(l => (double)l.Count), 200),
            new TableBlock(ReportText.SatisfactionCaption, columns, rows),
        ]);
    }
}
