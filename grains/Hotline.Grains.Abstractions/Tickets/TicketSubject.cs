namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>What a ticket is about: the enterprise, vehicle, route, place and region concerned (each optional).</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Tickets.TicketSubject")]
public sealed record TicketSubject(
    [property: Id(0)] string? Enterprise,
    [property: Id(1)] string? VehiclePlate,
    [property: Id(2)] string? Route,
    [property: Id(3)] string? Location,
    [property: Id(4)] string? Region)
{
    /// <summary>A subject with nothing known.</summary>
    public static TicketSubject None { get; } = new(null, null, null, null, null);
}
