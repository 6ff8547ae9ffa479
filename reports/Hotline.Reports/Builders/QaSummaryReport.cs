using Hotline.Reports.Charts;
using Hotline.Reports.Data;
using Hotline.Reports.Documents;
using Hotline.Reports.Resources;

namespace Hotline.Reports.Builders;

/// <summary>Builds the QA summary (质检日报/周报/月报): scores by team and agent against the previous period, item pass rates, calibration agreement and typical cases.</summary>
public static class QaSummaryReport
{
    /// <summary>The longest period each kind of summary may cover.</summary>
    public static int MaxDays(QaPeriodKind kind) => kind switch
    {
        QaPeriodKind.Daily => 1,
        QaPeriodKind.Weekly => 7,
        _ => 31,
    };

    /// <summary>The document for <paramref name="data"/>; throws <see cref="ReportPeriodException"/> when the period is longer than its kind allows.</summary>
    public static ReportDocument Build(QaSummaryData data, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(context);
        data.Period.RequireAtMost(MaxDays(data.Kind));
        var title = data.Kind switch
        {
            QaPeriodKind.Daily => ReportText.QaDailyTitle,
            QaPeriodKind.Weekly => ReportText.QaWeeklyTitle,
            _ => ReportText.QaMonthlyTitle,
        };
        return new ReportDocument(
            title,
            string.Format(FigureText.Culture, ReportText.PeriodSubtitle, FigureText.Range(data.Period.From, data.Period.To)),
            context.Organisation,
            context.GeneratedAt,
            [Overview(data), Teams(data), Agents(data), Items(data), Calibration(data), Cases(data)]);
    }

    private static ReportSection Overview(QaSummaryData data)
    {
        string Versus(string change) => string.Format(FigureText.Culture, ReportText.VersusPreviousPeriod, change);
        KeyFigure[] figures =
        [
            new(ReportText.QaInspected, FigureText.Count(data.Inspected.Current), Versus(Change.Relative(data.Inspected.Current, data.Inspected.Previous))),
            new(ReportText.QaAverageScore, FigureText.Score(data.AverageScore.Current), Versus(Change.Score(data.AverageScore.Current, data.AverageScore.Previous)), Change.Judge(data.AverageScore.Current, data.AverageScore.Previous, true)),
            new(string.Format(FigureText.Culture, ReportText.QaPassRate, FigureText.Threshold(data.PassMark)), FigureText.Percent(data.PassRate.Current), Versus(Change.Points(data.PassRate.Current, data.PassRate.Previous)), Change.Judge(data.PassRate.Current, data.PassRate.Previous, true)),
        ];
        if (data.Inspected.Current == 0)
            return new ReportSection(ReportText.SectionQaOverview, [new KeyFiguresBlock(figures), new ParagraphBlock(ReportText.QaNoInspections)]);
        var weakest = data.Items.Where(i => i.PassRate is not null).OrderBy(i => i.PassRate).FirstOrDefault();
        var summary = string.Format(FigureText.Culture, ReportText.QaSummary, FigureText.Count(data.Inspected.Current), FigureText.Score(data.AverageScore.Current),
            Change.Score(data.AverageScore.Current, data.AverageScore.Previous), FigureText.Percent(data.PassRate.Current),
            weakest?.Item ?? FigureText.Missing, FigureText.Percent(weakest?.PassRate));
        var bands = new PieChartSpec(ReportText.ChartScoreBands, [.. data.ScoreBands.Select(b => new ChartSlice(b.Level, b.Count))], Donut: true);
        return new ReportSection(ReportText.SectionQaOverview,
        [
            new KeyFiguresBlock(figures),
            new ParagraphBlock(summary),
            FigureOrNote.Build(bands, ReportText.CaptionScoreBands, data.ScoreBands.Select(b => (double)b.Count), 190),
        ]);
    }

    private static ReportSection Teams(QaSummaryData data)
    {
        if (data.Teams.Count == 0)
            return new ReportSection(ReportText.SectionQaTeams, [new ParagraphBlock(ReportText.NoTeams)]);
        var chart = new BarChartSpec(ReportText.ChartTeamScores, [.. data.Teams.Select(t => t.Name)],
        [
            new ChartSeries(ReportText.SeriesThisPeriod, [.. data.Teams.Select(t => t.AverageScore)]),
            new ChartSeries(ReportText.SeriesPreviousPeriod, [.. data.Teams.Select(t => t.PreviousAverageScore ?? 0)]),
        ], ReportText.AxisScore);
        return new ReportSection(ReportText.SectionQaTeams,
        [
            ScoreTable(ReportText.QaTeamsCaption, ReportText.ColumnTeam, data.Teams, withTeam: false),
            FigureOrNote.Build(chart, ReportText.CaptionTeamScores, data.Teams.Select(t => t.AverageScore), 200),
        ]);
    }

    private static ReportSection Agents(QaSummaryData data) =>
        new(ReportText.SectionQaAgents, [ScoreTable(ReportText.QaAgentsCaption, ReportText.ColumnAgent, data.Agents, withTeam: true)]);

    private static TableBlock ScoreTable(string caption, string nameHeader, IReadOnlyList<QaGroupScore> groups, bool withTeam)
    {
        var columns = new List<TableColumn> { new(nameHeader, 1.2) };
        if (withTeam)
            columns.Add(new TableColumn(ReportText.ColumnTeam, 1));
        columns.AddRange(
        [
            new(ReportText.QaInspected, 0.8, CellAlignment.Right), new(ReportText.QaAverageScore, 0.8, CellAlignment.Right),
            new(ReportText.ColumnPrevious, 0.7, CellAlignment.Right), new(ReportText.ColumnChange, 0.8, CellAlignment.Right),
            new(ReportText.ColumnPassRate, 0.8, CellAlignment.Right), new(ReportText.ColumnWeakestItem, 1.5),
        ]);
        TableRow[] rows = [.. groups.Select(g =>
        {
            var cells = new List<string> { g.Name };
            if (withTeam)
                cells.Add(g.Team ?? FigureText.Missing);
            cells.AddRange(
            [
                FigureText.Count(g.Inspected), FigureText.Score(g.AverageScore),
                g.PreviousAverageScore is { } p ? FigureText.Score(p) : FigureText.Missing, Change.Score(g.AverageScore, g.PreviousAverageScore),
                FigureText.Percent(g.PassRate), string.IsNullOrEmpty(g.WeakestItem) ? FigureText.Missing : g.WeakestItem,
            ]);
            return new TableRow(cells);
        })];
        return new TableBlock(caption, columns, rows);
    }

    private static ReportSection Items(QaSummaryData data)
    {
        TableColumn[] columns =
        [
            new(ReportText.ColumnQaItem, 2), new(ReportText.ColumnChecked, 0.9, CellAlignment.Right), new(ReportText.ColumnPassed, 0.9, CellAlignment.Right),
            new(ReportText.ColumnPassRate, 0.9, CellAlignment.Right), new(ReportText.ColumnPrevious, 0.9, CellAlignment.Right), new(ReportText.ColumnChange, 1.2, CellAlignment.Right),
        ];
        TableRow[] rows = [.. data.Items.Select(i => new TableRow(
        [
            i.Item, FigureText.Count(i.Checked), FigureText.Count(i.Passed), FigureText.Percent(i.PassRate),
            FigureText.Percent(i.PreviousPassRate), Change.Points(i.PassRate, i.PreviousPassRate),
        ]))];
        var chart = new BarChartSpec(ReportText.ChartItemPassRates, [.. data.Items.Select(i => i.Item)],
        [
            new ChartSeries(ReportText.SeriesThisPeriod, [.. data.Items.Select(i => (i.PassRate ?? 0) * 100)]),
            new ChartSeries(ReportText.SeriesPreviousPeriod, [.. data.Items.Select(i => (i.PreviousPassRate ?? 0) * 100)]),
        ], ReportText.AxisPassRate, Horizontal: true);
        return new ReportSection(ReportText.SectionQaItems,
        [
            new TableBlock(ReportText.QaItemsCaption, columns, rows),
            FigureOrNote.Build(chart, ReportText.CaptionItemPassRates, data.Items.Select(i => (double)i.Checked), Math.Clamp(40 + (22 * data.Items.Count), 140, 320)),
        ]);
    }

    private static ReportSection Calibration(QaSummaryData data)
    {
        if (data.Calibration.Count == 0)
            return new ReportSection(ReportText.SectionCalibration, [new ParagraphBlock(ReportText.NoCalibration)]);
        TableColumn[] columns =
        [
            new(ReportText.ColumnDate, 1.1), new(ReportText.ColumnSubject, 2.0), new(ReportText.ColumnInspectors, 0.8, CellAlignment.Right),
            new(ReportText.ColumnAgreement, 1.3, CellAlignment.Right), new(ReportText.ColumnLargestDeviation, 1.1, CellAlignment.Right),
        ];
        TableRow[] rows = [.. data.Calibration.Select(c => new TableRow(
        [
            FigureText.Date(c.Date), c.Subject, FigureText.Count(c.Inspectors), FigureText.Coefficient(c.Agreement),
            c.LargestDeviation is { } deviation ? FigureText.Score(deviation) : FigureText.Missing,
        ]))];
        var agreed = data.Calibration.Where(c => c.Agreement is not null).Select(c => c.Agreement!.Value).ToList();
        var mean = agreed.Count == 0 ? (double?)null : agreed.Average();
        return new ReportSection(ReportText.SectionCalibration,
        [
            new ParagraphBlock(string.Format(FigureText.Culture, ReportText.CalibrationSummary, FigureText.Count(data.Calibration.Count), FigureText.Coefficient(mean))),
            new TableBlock(ReportText.CalibrationCaption, columns, rows),
        ]);
    }

    private static ReportSection Cases(QaSummaryData data)
    {
        if (data.Cases.Count == 0)
            return new ReportSection(ReportText.SectionTypicalCases, [new ParagraphBlock(ReportText.NoTypicalCases)]);
        TableColumn[] columns =
        [
            // Call ids run to about 16 characters; the reference column keeps them on one line.
            new(ReportText.ColumnReference, 1.8), new(ReportText.ColumnAgent, 0.8), new(ReportText.QaScore, 0.6, CellAlignment.Right),
            new(ReportText.ColumnCaseKind, 0.7, CellAlignment.Center), new(ReportText.ColumnCaseSummary, 3.1),
        ];
        TableRow[] rows = [.. data.Cases.OrderByDescending(c => c.Exemplary).ThenByDescending(c => c.Score).Select(c => new TableRow(
        [
            c.Reference, c.Agent.Length == 0 ? FigureText.Missing : c.Agent, c.Score is { } score ? FigureText.Score(score) : FigureText.Missing,
            c.Exemplary ? ReportText.CaseExemplary : ReportText.CaseToImprove, c.Summary,
        ]))];
        return new ReportSection(ReportText.SectionTypicalCases, [new TableBlock(ReportText.TypicalCasesCaption, columns, rows)]);
    }
}
