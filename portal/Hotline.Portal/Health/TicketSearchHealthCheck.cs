using Hotline.Grains.Tickets.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hotline.Portal.Health;

/// <summary>The ticket search index: how many tickets it holds and up to which store change it is current (both read from the open index, no disk scan).</summary>
public sealed class TicketSearchHealthCheck(TicketSearchIndex index) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return Task.FromResult(PartState.ReadyResult($"{index.Count} tickets indexed up to store change {index.Watermark}"));
        }
#pragma warning disable CA1031 // Any failure to read the index is the health answer, not a crash of /healthz.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Task.FromResult(PartState.FailedResult($"the index cannot be read: {ex.Message}", ex));
        }
    }
}
