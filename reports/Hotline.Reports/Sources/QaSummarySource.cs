using Hotline.Analytics.Analyses;
using Hotline.Reports.Data;
using Hotline.Reports.Resources;

namespace Hotline.Reports.Sources;

/// <summary>Fills <see cref="QaSummaryData"/> from the QA scores in the analytics store: totals, agents and score bands against the previous period.</summary>
/// <remarks>Teams, item pass rates, calibration and typical cases are not in the analytics store yet (they arrive with the QA issue): those lists stay empty.</remarks>
public sealed class QaSummarySource(ReportQueries queries, ReportSettings settings)
{
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
        var now = await queries.Qa.ByAgentAsync(period.From, period.To.AddDays(1), settings.QaPassMark, cancellationToken);
        var before = await queries.Qa.ByAgentAsync(previousPeriod.From, previousPeriod.To.AddDays(1), settings.QaPassMark, cancellationToken);
        var earlier = before.ToDictionary(a => a.Agent, StringComparer.Ordinal);
        var (scored, average, passRate) = Totals(now);
        var (scoredBefore, averageBefore, passRateBefore) = Totals(before);
        var agents = now.Select(a => new QaGroupScore(a.Agent, SourceText.ReviewTeam, a.Scored, a.Average,
                earlier.TryGetValue(a.Agent, out var b) ? b.Average : null, a.Scored == 0 ? 0 : (double)a.Passed / a.Scored))
            .OrderBy(a => a.AverageScore).ThenBy(a => a.Name, StringComparer.Ordinal).ToList();
        string[] bands = [SourceText.BandExcellent, SourceText.BandGood, SourceText.BandFair, SourceText.BandPoor];
        return new QaSummaryData(
            KindFor(period.Days), period,
            TrendValues.Counts(scored, scoredBefore, 0),
            TrendValues.Rates(average, averageBefore, null),
            TrendValues.Rates(passRate, passRateBefore, null),
            settings.QaPassMark,
            [], agents, [],
            [.. bands.Select((band, i) => new LevelCount(band, now.Sum(a => a.Bands[i])))],
            [], []);
    }

    private static (long Scored, double? Average, double? PassRate) Totals(IReadOnlyList<QaAgentScores> agents)
    {
        var scored = agents.Sum(a => a.Scored);
        return scored == 0 ? (0, null, null) : (scored, agents.Sum(a => a.ScoreSum) / scored, (double)agents.Sum(a => a.Passed) / scored);
    }
}
