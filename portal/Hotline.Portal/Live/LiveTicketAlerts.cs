using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Portal.Live;

/// <summary>The ticket alerts (催办, 督办, 重大投诉) pushed to supervisors' screens the moment the grain stores the change; the latest are kept for pages opened later.</summary>
/// <remarks>Per process like the rest of the live view: with several silos each pushes the alerts of the tickets it hosts.</remarks>
public sealed partial class LiveTicketAlerts(ILogger<LiveTicketAlerts> logger) : ITicketAlertSink
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
        lock (_gate)
        {
            _recent.AddFirst(alert);
            while (_recent.Count > Kept)
                _recent.RemoveLast();
        }

        Raised?.Invoke(alert);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ticket alert {Kind} on {Number}: {Reason}")]
    private static partial void LogAlert(ILogger logger, TicketAlertKind kind, string number, string reason);
}
