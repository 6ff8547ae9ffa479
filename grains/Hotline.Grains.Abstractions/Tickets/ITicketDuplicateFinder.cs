namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>查重: the host service that suggests tickets a handler may merge (并案) with a ticket or a draft, across channels.</summary>
public interface ITicketDuplicateFinder
{
    /// <summary>The likely duplicates of ticket <paramref name="number"/>, best first, each with its reasons.</summary>
    /// <exception cref="TicketNotFoundException">No ticket has that number.</exception>
    Task<IReadOnlyList<DuplicateCandidate>> FindForTicketAsync(string number, CancellationToken cancellationToken);

    /// <summary>The likely duplicates of a submission not yet stored (an agent's draft), best first, each with its reasons.</summary>
    Task<IReadOnlyList<DuplicateCandidate>> FindForSubmissionAsync(TicketSubmission draft, CancellationToken cancellationToken);
}
