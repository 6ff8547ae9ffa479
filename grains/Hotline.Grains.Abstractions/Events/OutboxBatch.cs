namespace Hotline.Grains.Abstractions.Events;

/// <summary>Outbox rows claimed together for one delivery; a claim survives restarts and is redelivered unchanged until completed.</summary>
/// <param name="ClaimId">Names the claim; stable across redeliveries, so consumers can derive deduplication tokens from it.</param>
/// <param name="Entries">The claimed rows in write order.</param>
/// <param name="Redelivery">True when the claim was made before (by this process or one that died) and not completed.</param>
public sealed record OutboxBatch(string ClaimId, IReadOnlyList<OutboxEntry> Entries, bool Redelivery);
