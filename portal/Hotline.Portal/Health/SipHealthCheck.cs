using Hotline.Portal.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hotline.Portal.Health;

/// <summary>Ready when every SIP listen address is bound.</summary>
public sealed class SipHealthCheck(SipService sip) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(sip.IsListening
            ? PartState.ReadyResult($"listening on {string.Join(", ", sip.LocalAddresses)}; {sip.Registrations} registered")
            : PartState.StartingResult("listeners not bound yet"));
}
