using Hotline.Grains.Abstractions.Events;

namespace Hotline.Qa.Tests.Pipeline;

/// <summary>Keeps what the pipeline sends to analytics.</summary>
internal sealed class CapturingOutbox : IEventOutbox
{
    private readonly Lock gate = new();
    private readonly List<IDomainEvent> events = [];

    public IReadOnlyList<IDomainEvent> Events
    {
        get
        {
            lock (gate)
                return [.. events];
        }
    }

    public Task AppendAsync(IReadOnlyCollection<IDomainEvent> appended, CancellationToken cancellationToken = default)
    {
        lock (gate)
            events.AddRange(appended);
        return Task.CompletedTask;
    }
}
