using Hotline.Analytics.Analyses;
using Hotline.Portal.Configuration;
using Hotline.Portal.Hosting;
using Hotline.Portal.Qa;
using Hotline.Portal.Resources;
using Hotline.Qa.Warnings;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.Dashboards;

/// <summary>The dashboards' reads of analytics: 同比/环比 and hotspots from the daily rollups, the heat maps, topics from the ticket texts and transcripts, and warnings.</summary>
public sealed class AnalyticsDashboardData(AnalyticsEngineHost engines, IOptions<HotlineOptions> options, IStringLocalizer<DashboardText> text,
    IStringLocalizer<TicketText> ticketText) : IDashboardData
{
    /// <summary>How many regions and categories the region × category map keeps.</summary>
    public const int MapKeys = 12;

    private string Database => options.Value.Analytics.Database;

    /// <inheritdoc />
    public async Task<DashboardView> LoadAsync(DashboardRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var engine = await engines.WhenOpenAsync(cancellationToken);
        var labels = new DimensionKeyLabels(ticketText);
        var rows = await new PeriodComparison(engine, Database).CompareAsync(request.Measure, request.Dimension, request.Unit, request.Start, cancellationToken);
        var periods = ComparisonPeriods.For(request.Unit, request.Start);
        var heat = await new CallVolumeAnalysis(engine, Database).WeekdayHoursAsync(periods.Start, periods.End, cancellationToken);
        return new DashboardView(request, periods.Start, periods.End.AddDays(-1), [.. rows.Select(r => ComparisonLine.From(r, text["Whole"]) with { Label = labels.Of(request.Dimension, r.Key, text["Whole"]) })], heat);
    }

    /// <inheritdoc />
    public async Task<HotspotView> HotspotsAsync(HotspotRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var engine = await engines.WhenOpenAsync(cancellationToken);
        var query = request.ToQuery();
        var report = await new HotspotAnalysis(engine, Database).FindAsync(query, cancellationToken);
        var map = await new TicketCrossTabAnalysis(engine, Database).CountAsync(AnalyticsDimension.Region, AnalyticsDimension.Category, query.From, query.To, MapKeys, cancellationToken);
        return new HotspotView(request, report, map);
    }

    /// <inheritdoc />
    public async Task<TopicView> TopicAsync(TopicRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var engine = await engines.WhenOpenAsync(cancellationToken);
        return new TopicView(request, await new TopicAnalysis(engine, Database).FindAsync(request.ToQuery(), cancellationToken));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<WarningAlert>> WarningsAsync(DateOnly from, DateOnly until, CancellationToken cancellationToken)
    {
        if (until < from || until.DayNumber - from.DayNumber + 1 > QaWarningEndpoints.MaxDays)
            throw new ArgumentException($"the warning range {from:yyyy-MM-dd}–{until:yyyy-MM-dd} must run forwards for at most {QaWarningEndpoints.MaxDays} days.", nameof(until));
        var source = new AnalyticsWarningSource(engines.WhenOpenAsync, Database);
        return await new WarningService(source, new WarningSettings()).ScanAsync(WarningScope.Standard, from, until.AddDays(1), cancellationToken);
    }
}
