using Hotline.Analytics.Analyses;
using Hotline.Reports.Data;
using Hotline.Reports.Resources;

namespace Hotline.Reports.Sources;

/// <summary>Fills <see cref="QaSummaryData"/>: totals, agents, score bands and item pass rates from the analytics store against the previous period;
/// calibration sessions and typical cases from <paramref name="details"/> when the QA data folder is connected.</summary>
/// <remarks>Agents have no team yet, so the team list stays empty (the report says so).</remarks>
public sealed class QaSummarySource(ReportQueries queries, ReportSettings settings, IQaDetailsSource? details = null)
{
    /// <summary>Whether calibration sessions and typical cases can be read.</summary>
    public bool HasDetails => details is not null;

    /// <summary>The kind of summary a period of <paramref name="days"/> days makes: 1 daily, up to 7 weekly, longer monthly.</summary>
    public static QaPeriodKind KindFor(int days) => days switch
    {
        1 => QaPeriodKind.Daily,
        <= 7 => QaPeriodKind.Weekly,
        _ => QaPeriodKind.Monthly,
    };

    /// <summary>The data for <paramref name="period"/>.</summary>
    public async Task<QaSummaryData> LoadAsync(ReportPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var previousPeriod = period.Previous();
        var (from, to) = (period.From, period.To.AddDays(1));
        var now = await queries.Qa.ByAgentAsync(from, to, settings.QaPassMark, cancellationToken);
        var before = await queries.Qa.ByAgentAsync(previousPeriod.From, previousPeriod.To.AddDays(1), settings.QaPassMark, cancellationToken);
        var items = await queries.QaItems.PassRatesAsync(from, to, previousPeriod.From, previousPeriod.To.AddDays(1), cancellationToken);
        var weakest = await queries.QaItems.WeakestItemByAgentAsync(from, to, cancellationToken);
        var earlier = before.ToDictionary(a => a.Agent, StringComparer.Ordinal);
        var (scored, average, passRate) = Totals(now);
        var (scoredBefore, averageBefore, passRateBefore) = Totals(before);
        var agents = now.Select(a => new QaGroupScore(a.Agent, SourceText.ReviewTeam, a.Scored, a.Average,
                earlier.TryGetValue(a.Agent, out var b) ? b.Average : null, a.Scored == 0 ? 0 : (double)a.Passed / a.Scored, weakest.GetValueOrDefault(a.Agent, "")))
            .OrderBy(a => a.AverageScore).ThenBy(a => a.Name, StringComparer.Ordinal).ToList();
        string[] bands = [SourceText.BandExcellent, SourceText.BandGood, SourceText.BandFair, SourceText.BandPoor];
        return new QaSummaryData(
            KindFor(period.Days), period,
            TrendValues.Counts(scored, scoredBefore, 0),
            TrendValues.Rates(average, averageBefore, null),
            TrendValues.Rates(passRate, passRateBefore, null),
            settings.QaPassMark,
            [], agents,
            // Weakest first, so the items that need coaching lead the table and the chart.
            [.. items.OrderBy(i => i.PassRate).ThenBy(i => i.Item, StringComparer.Ordinal).Select(i => new QaItemResult(i.Item, i.Checked, i.Passed, i.PreviousPassRate))],
            [.. bands.Select((band, i) => new LevelCount(band, now.Sum(a => a.Bands[i])))],
            details is null ? [] : await details.CalibrationAsync(period, cancellationToken),
            details is null ? [] : await CasesAsync(details, period, cancellationToken));
    }

    private async Task<IReadOnlyList<TypicalCase>> CasesAsync(IQaDetailsSource source, ReportPeriod period, CancellationToken cancellationToken)
    {
        var marked = await source.CasesAsync(period, cancellationToken);
        var scores = await queries.Qa.LatestForCallsAsync([.. marked.Select(c => c.CallId).Distinct(StringComparer.Ordinal)], cancellationToken);
        return [.. marked.Select(c =>
        {
            var score = scores.GetValueOrDefault(c.CallId);
            var summary = string.IsNullOrWhiteSpace(c.Note) ? c.Title : $"{c.Title}：{c.Note}";
            return new TypicalCase(c.CallId, score?.Agent ?? "", score?.Score, c.Exemplary, summary);
        })];
    }

    private static (long Scored, double? Average, double? PassRate) Totals(IReadOnlyList<QaAgentScores> agents)
    {
        var scored = agents.Sum(a => a.Scored);
        return scored == 0 ? (0, null, null) : (scored, agents.Sum(a => a.ScoreSum) / scored, (double)agents.Sum(a => a.Passed) / scored);
    }
}
