using Hotline.Portal.Hosting;
using Hotline.Reports.Pdf;
using Hotline.Reports.Sources;

namespace Hotline.Portal.Reports;

/// <summary>The report generator over the host's analytics engine, created once the engine is open (it opens in the background at start-up).</summary>
public sealed class HostedReportGenerator(AnalyticsEngineHost engines, string database, PdfReportWriter writer, ReportSettings settings, TimeProvider time,
    IStoredReviewSource? storedReviews = null, IQaDetailsSource? qaDetails = null)
{
    private ReportGenerator? _generator;

    /// <summary>The generator; waits for the engine and throws when it failed to open.</summary>
    public async Task<ReportGenerator> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_generator is { } ready)
            return ready;
        var engine = await engines.WhenOpenAsync(cancellationToken);
        var created = new ReportGenerator(engine, database, writer, settings, time, storedReviews, qaDetails);
        return Interlocked.CompareExchange(ref _generator, created, null) ?? created;
    }
}
