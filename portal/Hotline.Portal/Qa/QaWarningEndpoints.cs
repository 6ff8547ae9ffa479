using Hotline.Portal.Configuration;
using Hotline.Portal.Hosting;
using Hotline.Qa.Warnings;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.Qa;

/// <summary>The warnings (预警) list: days whose call or ticket counts left their forecast band, ranked, each explained.</summary>
public static class QaWarningEndpoints
{
    /// <summary>The longest range one request scans.</summary>
    public const int MaxDays = 92;

    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    /// <summary>Maps <c>/warnings</c> on the QA group.</summary>
    public static void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/warnings", async (DateOnly? from, DateOnly? to, AnalyticsEngineHost analytics, IOptions<HotlineOptions> options, TimeProvider clock, CancellationToken ct) =>
            {
                var today = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(China).Date);
                var end = to ?? today.AddDays(1);
                var start = from ?? end.AddDays(-7);
                if (end <= start || end.DayNumber - start.DayNumber > MaxDays)
                    throw new ArgumentException($"The warning range from {start:yyyy-MM-dd} to {end:yyyy-MM-dd} must be 1–{MaxDays} days long, 'to' after 'from'.");
                var source = new AnalyticsWarningSource(analytics.WhenOpenAsync, options.Value.Analytics.Database);
                var alerts = await new WarningService(source, new WarningSettings()).ScanAsync(WarningScope.Standard, start, end, ct);
                return alerts.Select(a => new
                {
                    measure = a.Measure.ToString(),
                    dimension = a.Dimension.ToString(),
                    a.Key,
                    a.Forecast.Day,
                    a.Forecast.Actual,
                    a.Forecast.Expected,
                    a.Forecast.Lower,
                    a.Forecast.Upper,
                    a.Severity,
                    a.Direction,
                    a.Contributors,
                    a.Samples,
                    a.Explanation,
                });
            })
            .WithName("ListQaWarnings").WithSummary("Warnings for the days [from, to) (default the last 7), most severe first, with expected vs actual, top sub-categories and sample tickets")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }
}
