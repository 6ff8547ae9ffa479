using Hotline.Grains.Abstractions.Queues;

namespace Hotline.Grains.Queues;

/// <summary>A call rung on an agent: which call (and when it entered the queue), who rings and since when.</summary>
internal sealed record PendingOffer(QueuedCall Call, string Agent, DateTimeOffset Since);
