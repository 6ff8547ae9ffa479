using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Portal.Tests.Channels.Email;

/// <summary>An intake whose store fails on the first <c>failures</c> submissions (as a database outage would), then passes on to the real one.</summary>
public sealed class FailingTicketIntake(ITicketIntake inner, int failures) : ITicketIntake
{
    private int remaining = failures;

    public Task<TicketReceipt> SubmitAsync(TicketSubmission submission, CancellationToken cancellationToken) =>
        Interlocked.Decrement(ref remaining) >= 0
            ? throw new InvalidOperationException("The operational store is unavailable (test).")
            : inner.SubmitAsync(submission, cancellationToken);

    public Task<CitizenTicketView?> FindForCitizenAsync(string number, string phone, CancellationToken cancellationToken) =>
        inner.FindForCitizenAsync(number, phone, cancellationToken);
}
