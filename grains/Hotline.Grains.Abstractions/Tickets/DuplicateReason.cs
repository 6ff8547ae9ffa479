namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>One reason a ticket looks like a duplicate: what matched, the matched value (phone, plate, enterprise, route or shared words) and its weight.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Tickets.DuplicateReason")]
public sealed record DuplicateReason(
    [property: Id(0)] DuplicateReasonKind Kind,
    [property: Id(1)] string Detail,
    [property: Id(2)] double Weight);
