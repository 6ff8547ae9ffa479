using Hotline.Analytics.Schema;
using Hotline.Qa.Calibration;
using Hotline.Qa.Review;
using Hotline.Reports.Data;

namespace Hotline.Reports.Sources;

/// <summary>Calibration sessions and typical cases read from the QA data folder (<c>&lt;DataDir&gt;/qa</c>: <c>calibration/</c>, <c>cases/</c>).</summary>
/// <remarks>
/// Agreement is the kappa on item pass/fail over the calls every inspector finished (Cohen's for two inspectors, Fleiss' for more),
/// as <see cref="CalibrationAnalyzer"/> computes it; a session nobody finished has none yet. The largest deviation is the furthest
/// any inspector's total lay from the panel's mean total on the same call.
/// </remarks>
public sealed class QaStoreDetails(string qaFolder) : IQaDetailsSource
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<Data.CalibrationSession>> CalibrationAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        using var store = new CalibrationStore(Path.Combine(qaFolder, "calibration"));
        var analyzer = new CalibrationAnalyzer(ScoreBands.Default);
        var sessions = new List<Data.CalibrationSession>();
        foreach (var session in (await store.SessionsAsync(cancellationToken)).Where(s => In(s.CreatedAt, period)).OrderBy(s => s.CreatedAt))
        {
            var (_, ratings) = await store.GetAsync(session.Id, cancellationToken);
            var finished = session.CallIds.Where(call => session.Inspectors.All(i => ratings.Any(r => r.CallId == call && r.Inspector == i))).ToList();
            double? agreement = finished.Count == 0 ? null : Kappa(analyzer, session, ratings);
            double? deviation = finished.Count == 0 ? null : finished.Max(call =>
            {
                var totals = ratings.Where(r => r.CallId == call && session.Inspectors.Contains(r.Inspector)).Select(r => r.Score).ToList();
                var mean = totals.Average();
                return totals.Max(t => Math.Abs(t - mean));
            });
            sessions.Add(new Data.CalibrationSession(AnalyticsTime.LocalDay(session.CreatedAt), session.Title, session.Inspectors.Count, agreement, deviation));
        }

        return sessions;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<MarkedCase>> CasesAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (!Directory.Exists(Path.Combine(qaFolder, "cases")))
            return [];
        var cases = await new JsonReviewStore(qaFolder).CasesAsync(cancellationToken);
        return [.. cases.Where(c => c.Active && In(c.MarkedAt, period)).OrderBy(c => c.MarkedAt)
            .Select(c => new MarkedCase(c.CallId, c.Title, c.Note, c.Kind == TypicalCaseKind.Good))];
    }

    private static double? Kappa(CalibrationAnalyzer analyzer, Qa.Calibration.CalibrationSession session, IReadOnlyList<CalibrationRating> ratings)
    {
        try
        {
            return analyzer.Analyze(session, [.. ratings]).PassFail.Kappa;
        }
        catch (InvalidOperationException)
        {
            // Every inspector gave a total but not every one judged every item: no pass/fail agreement yet.
            return null;
        }
    }

    private static bool In(DateTimeOffset at, ReportPeriod period) => AnalyticsTime.LocalDay(at) is var day && day >= period.From && day <= period.To;
}
