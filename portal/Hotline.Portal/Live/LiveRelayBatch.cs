using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Portal.Live;

/// <summary>One relay window of a silo: the keys its grains changed (each once) and the ticket alerts its ticket grains raised, in order.</summary>
/// <remarks>Alerts travel whole: an alert is an event, not state another silo's hub could read again from a grain.</remarks>
[GenerateSerializer, Immutable, Alias("Hotline.Portal.LiveRelayBatch")]
public sealed record LiveRelayBatch(
    [property: Id(0)] IReadOnlyList<LiveKey> Keys,
    [property: Id(1)] IReadOnlyList<TicketAlert> Alerts);
