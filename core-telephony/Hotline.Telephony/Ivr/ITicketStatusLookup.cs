namespace Hotline.Telephony.Ivr;

/// <summary>Finds a ticket's state for the IVR's query-by-number (implemented by the host over the ticket grains).</summary>
public interface ITicketStatusLookup
{
    /// <summary>Returns the ticket's state, or null when no ticket has that number (or the caller may not see it).</summary>
    Task<TicketStatusInfo?> FindAsync(string ticketNumber, string? callerNumber, CancellationToken cancellationToken);
}

/// <summary>A ticket's state as spoken to the caller.</summary>
/// <param name="Number">Ticket number.</param>
/// <param name="Status">State in words, e.g. "正在办理".</param>
/// <param name="Detail">Optional extra sentence (handling unit, due date).</param>
public sealed record TicketStatusInfo(string Number, string Status, string? Detail = null);
