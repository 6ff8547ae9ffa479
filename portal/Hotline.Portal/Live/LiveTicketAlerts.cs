using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Portal.Live;

/// <summary>The ticket alerts (催办, 督办, 重大投诉) pushed to supervisors' screens the moment the grain stores the change; the latest are kept for pages opened later.</summary>
/// <remarks>Alerts raised on this silo also go to the <see cref="LiveRelayOutbox"/>; other silos' arrive through <see cref="Show"/>.</remarks>
public sealed partial class LiveTicketAlerts(LiveRelayOutbox outbox, ILogger<LiveTicketAlerts> logger) : ITicketAlertSink
{
    /// <summary>How many recent alerts a newly opened page is shown.</summary>
    public const int Kept = 50;

    private readonly Lock _gate = new();
    private readonly LinkedList<TicketAlert> _recent = new();

    /// <summary>A new alert; handlers run on the grain's thread and must hand work to their own context (InvokeAsync).</summary>
    public event Action<TicketAlert>? Raised;

    /// <summary>The latest alerts, newest first.</summary>
    public IReadOnlyList<TicketAlert> Recent()
    {
        lock (_gate)
        {
            return [.. _recent];
        }
    }

    /// <inheritdoc />
    public Task NotifyAsync(TicketAlert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        LogAlert(logger, alert.Kind, alert.TicketNumber, alert.Reason);
        // Relayed first: a screen's handler that throws must not keep the alert from the other silos.
        outbox.Add(alert);
        Show(alert);
        return Task.CompletedTask;
    }

    /// <summary>Keeps and pushes an alert without logging or relaying it: another silo's, which that silo logged.</summary>
    public void Show(TicketAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        lock (_gate)
        {
            _recent.AddFirst(alert);
            while (_recent.Count > Kept)
                _recent.RemoveLast();
        }

        Raised?.Invoke(alert);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ticket alert {Kind} on {Number}: {Reason}")]
    private static partial void LogAlert(ILogger logger, TicketAlertKind kind, string number, string reason);
}
