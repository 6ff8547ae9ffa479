using System.Collections.Concurrent;
using System.Globalization;
using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Portal.Tests.Channels;

/// <summary>A stand-in <see cref="ITicketIntake"/> for the channel protocol tests: keeps submissions in memory, replays by channel + key.</summary>
public sealed class InMemoryTicketIntake : ITicketIntake
{
    private readonly ConcurrentDictionary<(TicketChannel, string), string> byKey = new();
    private readonly ConcurrentDictionary<string, TicketSubmission> tickets = new();
    private int sequence;

    /// <summary>Every ticket created, by number.</summary>
    public IReadOnlyDictionary<string, TicketSubmission> Tickets => tickets;

    public Task<TicketReceipt> SubmitAsync(TicketSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (string.IsNullOrWhiteSpace(submission.Description))
        {
            throw new TicketValidationException("Description", "The description is required.");
        }

        var created = false;
        var number = byKey.GetOrAdd((submission.Channel, submission.IdempotencyKey), _ =>
        {
            created = true;
            var next = Interlocked.Increment(ref sequence);
            return string.Create(CultureInfo.InvariantCulture, $"12328-20261128-{next:D7}");
        });
        if (created)
        {
            tickets[number] = submission;
        }

        return Task.FromResult(new TicketReceipt(number, created, submission.RequestedDeadline ?? new DateTimeOffset(2026, 12, 5, 0, 0, 0, TimeSpan.Zero)));
    }

    public Task<CitizenTicketView?> FindForCitizenAsync(string number, string phone, CancellationToken cancellationToken) =>
        Task.FromResult(tickets.TryGetValue(number, out var ticket) && ticket.CitizenPhone == phone
            ? new CitizenTicketView(number, ticket.Type, "已受理", new DateTimeOffset(2026, 11, 28, 6, 0, 0, TimeSpan.Zero),
                [new CitizenTicketStep(new DateTimeOffset(2026, 11, 28, 6, 0, 0, TimeSpan.Zero), "受理")], null)
            : null);
}
