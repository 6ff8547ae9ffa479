using Hotline.Analytics.Analyses;
using Hotline.Portal.Configuration;
using Hotline.Portal.Hosting;
using Hotline.Portal.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.Dashboards;

/// <summary>The dashboards' reads of analytics: 同比/环比 from the daily rollups and the weekday × hour heat map from the hourly ones.</summary>
public sealed class AnalyticsDashboardData(AnalyticsEngineHost engines, IOptions<HotlineOptions> options, IStringLocalizer<DashboardText> text) : IDashboardData
{
    /// <inheritdoc />
    public async Task<DashboardView> LoadAsync(DashboardRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var engine = await engines.WhenOpenAsync(cancellationToken);
        var database = options.Value.Analytics.Database;
        var rows = await new PeriodComparison(engine, database).CompareAsync(request.Measure, request.Dimension, request.Unit, request.Start, cancellationToken);
        var periods = ComparisonPeriods.For(request.Unit, request.Start);
        var heat = await new CallVolumeAnalysis(engine, database).WeekdayHoursAsync(periods.Start, periods.End, cancellationToken);
        return new DashboardView(request, periods.Start, periods.End.AddDays(-1), [.. rows.Select(r => ComparisonLine.From(r, text["Whole"]))], heat);
    }
}
