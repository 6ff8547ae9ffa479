namespace Hotline.Grains.Tickets.Search;

/// <summary>What the ticket index did at start: caught up with the store, or rebuilt from it (and why).</summary>
/// <param name="Rebuilt">True when the index was rebuilt from the store.</param>
/// <param name="Reason">Why it was rebuilt (missing, other format, ahead of the store, count differs), or "current".</param>
/// <param name="Documents">The tickets in the index afterwards.</param>
public sealed record TicketIndexStart(bool Rebuilt, string Reason, int Documents);
