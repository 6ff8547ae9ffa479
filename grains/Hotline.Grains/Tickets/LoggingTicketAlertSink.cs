using Hotline.Grains.Abstractions.Tickets;
using Microsoft.Extensions.Logging;

namespace Hotline.Grains.Tickets;

/// <summary>The default alert sink: writes each alert to the log until the portal registers one that pushes to supervisors.</summary>
public sealed partial class LoggingTicketAlertSink(ILogger<LoggingTicketAlertSink> logger) : ITicketAlertSink
{
    /// <inheritdoc />
    public Task NotifyAsync(TicketAlert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        LogAlert(logger, alert.Kind, alert.TicketNumber, alert.UnitId ?? "-", alert.ActorId, alert.Reason);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ticket alert {Kind}: {Number} (unit {Unit}) by {Actor}: {Reason}")]
    private static partial void LogAlert(ILogger logger, TicketAlertKind kind, string number, string unit, string actor, string reason);
}
