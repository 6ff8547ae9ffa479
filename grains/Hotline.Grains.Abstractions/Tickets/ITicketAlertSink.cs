namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>Where ticket alerts go (the portal pushes them to supervisors; the default writes them to the log).</summary>
public interface ITicketAlertSink
{
    /// <summary>Delivers one alert; a failure is logged by the caller and does not undo the stored change.</summary>
    Task NotifyAsync(TicketAlert alert, CancellationToken cancellationToken);
}
