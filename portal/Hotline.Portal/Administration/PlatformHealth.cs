using System.Globalization;
using Hotline.Portal.Health;
using Hotline.Portal.Hosting;
using Hotline.Telephony.Calls;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hotline.Portal.Administration;

/// <summary>The platform's health checks (the parts of <c>/healthz</c>) plus this node's SIP registrations and active calls.</summary>
public sealed class PlatformHealth(HealthCheckService checks, SipService sip, ICallControl calls) : ISystemHealth
{
    /// <summary>The row name of the telephony counters.</summary>
    public const string TelephonyPart = "telephony";

    /// <inheritdoc />
    public async Task<IReadOnlyList<HealthRow>> ReadAsync(CancellationToken cancellationToken)
    {
        var report = await checks.CheckHealthAsync(cancellationToken);
        var rows = report.Entries
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => new HealthRow(e.Key, e.Value.Data.TryGetValue("state", out var state) ? Convert.ToString(state, CultureInfo.InvariantCulture) ?? PartState.Failed : PartState.Failed,
                e.Value.Description ?? e.Value.Exception?.Message, e.Value.Duration))
            .ToList();
        rows.Insert(0, new HealthRow(TelephonyPart, sip.IsListening ? PartState.Ready : PartState.Starting,
            null, TimeSpan.Zero, sip.Registrations, calls.ActiveCalls.Count));
        return rows;
    }
}
