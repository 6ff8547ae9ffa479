namespace Hotline.Grains.Abstractions.Events;

/// <summary>How much is waiting in the outbox.</summary>
/// <param name="Pending">Rows not yet delivered (claimed or not).</param>
/// <param name="OldestWrittenAt">When the oldest of them was written; null when there are none.</param>
/// <param name="HasOpenClaim">True when a claim was made and not completed (it must be delivered first).</param>
public sealed record OutboxBacklog(long Pending, DateTimeOffset? OldestWrittenAt, bool HasOpenClaim);
