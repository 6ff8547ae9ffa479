namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>A node of the category tree: dotted code (e.g. "urban.taxi"), parent code, zh-CN name, SLA hours override, and whether intake accepts it.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Tickets.TicketCategory")]
public sealed record TicketCategory(
    [property: Id(0)] string Code,
    [property: Id(1)] string? ParentCode,
    [property: Id(2)] string Name,
    [property: Id(3)] int? SlaHours,
    [property: Id(4)] bool Enabled);
