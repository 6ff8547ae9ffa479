using System.Collections.Concurrent;
using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Grains.Tests.Tickets;

/// <summary>An alert sink that keeps every alert, for tests to read.</summary>
public sealed class RecordingTicketAlertSink : ITicketAlertSink
{
    private readonly ConcurrentQueue<TicketAlert> _alerts = new();

    /// <summary>Every alert so far, oldest first.</summary>
    public IReadOnlyList<TicketAlert> All => [.. _alerts];

    /// <summary>The alerts about one ticket.</summary>
    public IReadOnlyList<TicketAlert> For(string number) => [.. _alerts.Where(a => a.TicketNumber == number)];

    public Task NotifyAsync(TicketAlert alert, CancellationToken cancellationToken)
    {
        _alerts.Enqueue(alert);
        return Task.CompletedTask;
    }
}
