using System.Globalization;
using Hotline.Analytics.Analyses;
using Hotline.Reports.Builders;
using Hotline.Reports.Data;
using Hotline.Reports.Resources;

namespace Hotline.Reports.Sources;

/// <summary>Fills <see cref="MonthlyAnalysisData"/> for one calendar month from the analytics queries: 同比/环比 by category, region and enterprise,
/// ticket flow, traffic, hotspots with warnings, the configured 专题 and satisfaction.</summary>
public sealed class MonthlyAnalysisSource(ReportQueries queries, ReportSettings settings)
{
    private const int HotspotBaselineDays = 90;
    private const int TopicBreakdown = 8;

    /// <summary>The data for the calendar month <paramref name="period"/>.</summary>
    public async Task<MonthlyAnalysisData> LoadAsync(ReportPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var (from, to) = (period.From, period.To.AddDays(1));
        var previous = period.Previous();
        var yearAgo = period.YearAgo();
        var comparison = queries.Analytics.Comparison;

        async Task<IReadOnlyList<BreakdownRow>> Breakdown(AnalyticsMeasure measure, AnalyticsDimension dimension) =>
            [.. (await comparison.CompareAsync(measure, dimension, PeriodUnit.Month, from, cancellationToken))
                .Where(r => r.Key.Length > 0 && (r.Current > 0 || r.Previous > 0))
                .Select(r => new BreakdownRow(r.Key, r.Current, r.Previous, TrendValues.Base(r.LastYear)))];
        async Task<TrendValue> Total(AnalyticsMeasure measure)
        {
            var row = (await comparison.CompareAsync(measure, AnalyticsDimension.None, PeriodUnit.Month, from, cancellationToken)).SingleOrDefault();
            return row is null ? new TrendValue(0) : TrendValues.Counts(row.Current, row.Previous, row.LastYear);
        }

        var flows = new[] { period, previous, yearAgo }.Select(p => queries.Tickets.FlowAsync(p.From, p.To.AddDays(1), settings.TicketDeadlineDays, cancellationToken));
        var (now, before, lastYear) = await Three(flows);
        var hotspots = await HotspotsAsync(from, to, cancellationToken);
        return new MonthlyAnalysisData(
            period,
            await Total(AnalyticsMeasure.Tickets),
            TrendValues.Counts(now.Closed, before.Closed, lastYear.Closed),
            TrendValues.Rates(now.OnTimeClosureRate, before.OnTimeClosureRate, lastYear.OnTimeClosureRate),
            await Total(AnalyticsMeasure.Calls),
            await Breakdown(AnalyticsMeasure.Tickets, AnalyticsDimension.Category),
            await Breakdown(AnalyticsMeasure.Tickets, AnalyticsDimension.Region),
            await Breakdown(AnalyticsMeasure.Tickets, AnalyticsDimension.Enterprise),
            await DailyTicketsAsync(period, previous, cancellationToken),
            await queries.Calls.WeekdayHoursAsync(from, to, cancellationToken),
            await WorkflowAsync(from, to, cancellationToken),
            [.. hotspots.Select(h => h.Spot)],
            await TopicsAsync(period, previous, cancellationToken),
            [.. hotspots.Select(h => h.Warning)],
            await SatisfactionAsync(period, previous, yearAgo, cancellationToken));
    }

    private static async Task<(T, T, T)> Three<T>(IEnumerable<Task<T>> tasks)
    {
        // One at a time: the embedded engine runs one query at a time anyway, and ordering keeps the log readable.
        var results = new List<T>();
        foreach (var task in tasks)
            results.Add(await task);
        return (results[0], results[1], results[2]);
    }

    private async Task<IReadOnlyList<DailyCount>> DailyTicketsAsync(ReportPeriod period, ReportPeriod previous, CancellationToken cancellationToken)
    {
        var trends = queries.Analytics.Trends;
        var current = await trends.SeriesAsync(AnalyticsMeasure.Tickets, TrendGranularity.Day, period.From, period.To.AddDays(1), cancellationToken: cancellationToken);
        var before = (await trends.SeriesAsync(AnalyticsMeasure.Tickets, TrendGranularity.Day, previous.From, previous.To.AddDays(1), cancellationToken: cancellationToken))
            .ToDictionary(p => p.Period.Day, p => (long)p.Value);
        return [.. current.Select(p => new DailyCount(p.Period, (long)p.Value, before.TryGetValue(p.Period.Day, out var b) ? b : null))];
    }

    private async Task<IReadOnlyList<FunnelStage>> WorkflowAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var stages = await queries.Tickets.StagesAsync(from, to, cancellationToken);
        return [.. stages.Select(s => new FunnelStage(StageNames.Of(s.Key), s.Count))];
    }

    private async Task<IReadOnlyList<(Data.Hotspot Spot, WarningItem Warning)>> HotspotsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var found = new List<(Analytics.Analyses.Hotspot Spot, string Dimension)>();
        foreach (var (dimension, name) in HotspotDimensions.Monthly)
        {
            var report = await queries.Analytics.Hotspots.FindAsync(new HotspotQuery(dimension, from, to, HotspotBaselineDays, Top: 5), cancellationToken);
            found.AddRange(report.Rising.Select(h => (h, name)));
        }

        return [.. found.OrderByDescending(f => f.Spot.ZScore).Select(f =>
        {
            var (h, dimension) = f;
            var z = h.ZScore.ToString("0.0", CultureInfo.InvariantCulture);
            var spot = new Data.Hotspot(h.Key, h.Current, (long)Math.Round(h.Expected),
                string.Format(FigureText.Culture, SourceText.HotspotWhere, dimension, (h.Baseline / (double)HotspotBaselineDays).ToString("0.#", FigureText.Culture)),
                string.Format(FigureText.Culture, SourceText.HotspotExample, FigureText.Percent(h.Growth), z));
            var warning = new WarningItem(string.Format(FigureText.Culture, SourceText.WarningIndicator, dimension, h.Key),
                HotspotDimensions.Severity(h.ZScore), ValueUnit.Count, h.Current, h.Expected,
                string.Format(FigureText.Culture, SourceText.WarningExplanation, FigureText.Count(h.Current), HotspotBaselineDays,
                    FigureText.Count(Math.Round(h.Expected)), z));
            return (spot, warning);
        })];
    }

    private async Task<IReadOnlyList<TopicSection>> TopicsAsync(ReportPeriod period, ReportPeriod previous, CancellationToken cancellationToken)
    {
        var sections = new List<TopicSection>();
        foreach (var topic in settings.Topics)
        {
            var now = await queries.Analytics.Topics.FindAsync(new TopicQuery([.. topic.Keywords], period.From, period.To.AddDays(1)), cancellationToken);
            var before = await queries.Analytics.Topics.FindAsync(new TopicQuery([.. topic.Keywords], previous.From, previous.To.AddDays(1)), cancellationToken);
            var earlier = before.TicketsByEnterprise.ToDictionary(k => k.Key, k => k.Count, StringComparer.Ordinal);
            var summary = string.Format(FigureText.Culture, SourceText.TopicSummary, string.Join("、", topic.Keywords), FigureText.Count(now.Tickets),
                FigureText.Count(before.Tickets), FigureText.Count(now.Calls),
                now.TicketsByCategory.Count > 0 ? now.TicketsByCategory[0].Key : FigureText.Missing,
                now.TicketsByEnterprise.Count > 0 ? now.TicketsByEnterprise[0].Key : FigureText.Missing);
            sections.Add(new TopicSection(topic.Title, summary,
                [.. now.TicketsByEnterprise.Take(TopicBreakdown).Select(k => new BreakdownRow(k.Key, k.Count, earlier.TryGetValue(k.Key, out var p) ? p : null))]));
        }

        return sections;
    }

    private async Task<SatisfactionFigures> SatisfactionAsync(ReportPeriod period, ReportPeriod previous, ReportPeriod yearAgo, CancellationToken cancellationToken)
    {
        var satisfaction = queries.Satisfaction;
        var ratings = await satisfaction.RatingsAsync(period.From, period.To.AddDays(1), cancellationToken);
        var rates = new List<double?>();
        foreach (var p in new[] { period, previous, yearAgo })
            rates.Add(SatisfiedRate(await satisfaction.RatingsAsync(p.From, p.To.AddDays(1), cancellationToken)));
        var before = (await satisfaction.ByCategoryAsync(previous.From, previous.To.AddDays(1), cancellationToken)).ToDictionary(c => c.Key, StringComparer.Ordinal);
        var byCategory = (await satisfaction.ByCategoryAsync(period.From, period.To.AddDays(1), cancellationToken))
            .Select(c => new RateRow(c.Key, c.SatisfiedRate ?? 0, before.TryGetValue(c.Key, out var b) ? b.SatisfiedRate : null)).ToList();
        return new SatisfactionFigures(TrendValues.Rates(rates[0], rates[1], rates[2]), ratings.Sum(r => r.Count), RatingLevels.Of(ratings), byCategory);
    }

    private static double? SatisfiedRate(IReadOnlyList<KeyCount> ratings)
    {
        var total = ratings.Sum(r => r.Count);
        return total == 0 ? null : (double)ratings.Where(r => int.Parse(r.Key, CultureInfo.InvariantCulture) >= SatisfactionAnalysis.SatisfiedFrom).Sum(r => r.Count) / total;
    }
}
