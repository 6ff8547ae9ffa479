namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>The host service every channel hands its contacts to.</summary>
public interface ITicketIntake
{
    /// <summary>Validates and stores a submission as a ticket, or returns the ticket an earlier delivery with the same channel and key created.</summary>
    /// <exception cref="TicketValidationException">A field is missing or malformed; the exception names it.</exception>
    Task<TicketReceipt> SubmitAsync(TicketSubmission submission, CancellationToken cancellationToken);

    /// <summary>The citizen's view of a ticket, or null unless the number exists and <paramref name="phone"/> is the ticket's citizen phone.</summary>
    Task<CitizenTicketView?> FindForCitizenAsync(string number, string phone, CancellationToken cancellationToken);
}
