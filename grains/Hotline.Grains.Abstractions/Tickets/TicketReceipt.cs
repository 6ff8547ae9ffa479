namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>The answer to a submission: the ticket's number, whether this call created it (false on a replay), and its deadline.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Tickets.TicketReceipt")]
public sealed record TicketReceipt(
    [property: Id(0)] string Number,
    [property: Id(1)] bool Created,
    [property: Id(2)] DateTimeOffset Deadline);
