using Hotline.Reports.Charts;
using Hotline.Reports.Data;
using Hotline.Reports.Documents;
using Hotline.Reports.Resources;

namespace Hotline.Reports.Builders;

/// <summary>Builds one agent's performance review (绩效考核表): KPIs with weights, targets, results, points and the evidence behind each, against the previous review.</summary>
public static class PerformanceReviewReport
{
    /// <summary>How far the KPI weights may stray from adding up to 1 (rounding in configured weights).</summary>
    public const double WeightTolerance = 0.001;

    /// <summary>The document for <paramref name="data"/>; throws <see cref="ArgumentException"/> naming the agent and the sum when the weights do not add up to 1.</summary>
    public static ReportDocument Build(PerformanceReviewData data, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(context);
        var weights = data.Kpis.Sum(k => k.Weight);
        if (data.Kpis.Count > 0 && Math.Abs(weights - 1) > WeightTolerance)
            throw new ArgumentException($"Performance review of {data.AgentName} ({data.AgentNumber}): the KPI weights add up to {weights:0.###}, not 1.", nameof(data));
        data.Period.RequireAtMost(366);
        return new ReportDocument(
            ReportText.ReviewTitle,
            string.Format(FigureText.Culture, ReportText.ReviewSubtitle, data.AgentName, data.AgentNumber, data.Team, FigureText.Range(data.Period.From, data.Period.To)),
            context.Organisation,
            context.GeneratedAt,
            [Result(data), Kpis(data), Evidence(data), Remarks(data)]);
    }

    private static ReportSection Result(PerformanceReviewData data)
    {
        if (data.Kpis.Count == 0)
            return new ReportSection(ReportText.SectionReviewResult, [new ParagraphBlock(ReportText.ReviewNoKpis)]);
        var rank = data.Rank is { } r && data.TeamSize is { } n ? string.Format(FigureText.Culture, ReportText.RankOf, r, n) : FigureText.Missing;
        KeyFigure[] figures =
        [
            new(ReportText.ReviewTotal, FigureText.Score(data.Total), string.Format(FigureText.Culture, ReportText.VersusPreviousReview, Change.Score(data.Total, data.PreviousTotal)), Change.Judge(data.Total, data.PreviousTotal, true)),
            new(ReportText.TeamAverage, data.TeamAverageTotal is { } avg ? FigureText.Score(avg) : FigureText.Missing,
                data.TeamAverageTotal is { } a ? string.Format(FigureText.Culture, ReportText.VersusTeamAverage, Change.Score(data.Total, a)) : FigureText.Missing,
                Change.Judge(data.Total, data.TeamAverageTotal, true)),
            new(ReportText.TeamRank, rank, string.Empty),
        ];
        var best = data.Kpis.MaxBy(k => k.Score)!;
        var worst = data.Kpis.MinBy(k => k.Score)!;
        return new ReportSection(ReportText.SectionReviewResult,
        [
            new KeyFiguresBlock(figures),
            new ParagraphBlock(string.Format(FigureText.Culture, ReportText.ReviewSummary, data.AgentName, FigureText.Score(data.Total),
                best.Name, FigureText.Score(best.Score), worst.Name, FigureText.Score(worst.Score))),
        ]);
    }

    private static ReportSection Kpis(PerformanceReviewData data)
    {
        TableColumn[] columns =
        [
            new(ReportText.ColumnKpi, 1.5), new(ReportText.ColumnWeight, 0.7, CellAlignment.Right), new(ReportText.ColumnTarget, 1, CellAlignment.Right),
            new(ReportText.ColumnActual, 1, CellAlignment.Right), new(ReportText.ColumnPrevious, 1, CellAlignment.Right),
            new(ReportText.QaScore, 0.7, CellAlignment.Right), new(ReportText.ColumnWeighted, 0.8, CellAlignment.Right),
        ];
        var rows = data.Kpis.Select(k => new TableRow(
        [
            k.Name, FigureText.Percent(k.Weight), UnitText.Value(k.Unit, k.Target), UnitText.Value(k.Unit, k.Actual),
            k.PreviousActual is { } p ? UnitText.Value(k.Unit, p) : FigureText.Missing, FigureText.Score(k.Score), FigureText.Score(k.Weight * k.Score),
        ])).ToList();
        rows.Add(new TableRow([ReportText.Total, FigureText.Percent(data.Kpis.Sum(k => k.Weight)), string.Empty, string.Empty, string.Empty, string.Empty, FigureText.Score(data.Total)], Emphasis: true));
        var chart = new BarChartSpec(ReportText.ChartKpiScores, [.. data.Kpis.Select(k => k.Name)],
            [new ChartSeries(ReportText.QaScore, [.. data.Kpis.Select(k => k.Score)])], ReportText.AxisKpiScore, Horizontal: true);
        return new ReportSection(ReportText.SectionKpis,
        [
            new TableBlock(ReportText.KpisCaption, columns, rows),
            FigureOrNote.Build(chart, ReportText.CaptionKpiScores, data.Kpis.Select(k => k.Score), Math.Clamp(40 + (24 * data.Kpis.Count), 140, 300)),
        ]);
    }

    private static ReportSection Evidence(PerformanceReviewData data)
    {
        TableColumn[] columns = [new(ReportText.ColumnKpi, 1.3), new(ReportText.ColumnEvidence, 5)];
        TableRow[] rows = [.. data.Kpis.Select(k => new TableRow([k.Name, k.Evidence]))];
        return new ReportSection(ReportText.SectionEvidence, [new TableBlock(ReportText.EvidenceCaption, columns, rows)]);
    }

    private static ReportSection Remarks(PerformanceReviewData data) => new(ReportText.SectionRemarks,
    [
        new ParagraphBlock(string.IsNullOrWhiteSpace(data.ReviewerComment) ? ReportText.NoReviewerComment : data.ReviewerComment),
        new ParagraphBlock(ReportText.Signatures),
    ]);
}
