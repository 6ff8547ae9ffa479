using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Portal.Tests.Components;

/// <summary>A duplicate finder for the page tests that suggests the given candidates for every ticket.</summary>
internal sealed class TicketPageDuplicates(params DuplicateCandidate[] candidates) : ITicketDuplicateFinder
{
    public Task<IReadOnlyList<DuplicateCandidate>> FindForTicketAsync(string number, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DuplicateCandidate>>(candidates);

    public Task<IReadOnlyList<DuplicateCandidate>> FindForSubmissionAsync(TicketSubmission draft, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DuplicateCandidate>>(candidates);
}
