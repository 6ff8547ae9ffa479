using Hotline.Portal.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hotline.Portal.Health;

/// <summary>Ready when the analytics engine is open; failed with the engine's reason when it could not open.</summary>
public sealed class AnalyticsHealthCheck(AnalyticsEngineHost analytics) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(analytics switch
        {
            { Engine: { } engine } => PartState.ReadyResult(engine.Description),
            { Failure: { } failure } => PartState.FailedResult(failure),
            _ => PartState.StartingResult("engine opening"),
        });
}
