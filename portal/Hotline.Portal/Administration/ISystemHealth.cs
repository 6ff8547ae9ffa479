namespace Hotline.Portal.Administration;

/// <summary>The state of each part of the platform for the system-health page.</summary>
public interface ISystemHealth
{
    /// <summary>Runs the health checks and reads the telephony counters now.</summary>
    Task<IReadOnlyList<HealthRow>> ReadAsync(CancellationToken cancellationToken);
}

/// <summary>One part's health: its name (a /healthz part or "telephony"), state word (ready, starting, failed), detail and check time;
/// the telephony row carries its counters instead of a detail.</summary>
public sealed record HealthRow(string Part, string State, string? Detail, TimeSpan Duration, int? Registrations = null, int? ActiveCalls = null);
