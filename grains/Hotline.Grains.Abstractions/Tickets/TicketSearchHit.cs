namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>One ticket found by a search: its list row, its relevance and the matched words in context.</summary>
/// <param name="Ticket">The ticket as lists show it, read from the operational store.</param>
/// <param name="Score">Lucene's relevance score (0 when the search had no text); only comparable within one search.</param>
/// <param name="Highlights">HTML-escaped fragments with each matched word in &lt;em&gt;, subject first, then description, then reply.</param>
[GenerateSerializer, Immutable, Alias("Hotline.Tickets.TicketSearchHit")]
public sealed record TicketSearchHit(
    [property: Id(0)] TicketSummary Ticket,
    [property: Id(1)] float Score,
    [property: Id(2)] IReadOnlyList<string> Highlights);
