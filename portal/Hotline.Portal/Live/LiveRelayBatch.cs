using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Portal.Live;

/// <summary>One relay window of a silo: the keys its grains changed (each once) and the ticket alerts its ticket grains raised, in order.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Portal.LiveRelayBatch")]
public sealed record LiveRelayBatch(
    [property: Id(0)] IReadOnlyList<LiveKey> Keys,
    [property: Id(1)] IReadOnlyList<TicketAlert> Alerts);
