using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Portal.Tests.Components;

/// <summary>An intake that keeps what it was given and answers with a numbered receipt.</summary>
internal sealed class RecordingTicketIntake : ITicketIntake
{
    public List<TicketSubmission> Submissions { get; } = [];

    public Task<TicketReceipt> SubmitAsync(TicketSubmission submission, CancellationToken cancellationToken)
    {
        Submissions.Add(submission);
        return Task.FromResult(new TicketReceipt($"T2026112800{Submissions.Count}", true, DateTimeOffset.UnixEpoch));
    }

    public Task<CitizenTicketView?> FindForCitizenAsync(string number, string phone, CancellationToken cancellationToken) =>
        Task.FromResult<CitizenTicketView?>(null);
}
