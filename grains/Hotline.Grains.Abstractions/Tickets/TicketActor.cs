using Hotline.Grains.Abstractions.People;

namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>Who performs a workflow action: their id, platform roles (see <see cref="PlatformRole"/>) and, for handling units and enterprises, their unit.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Tickets.TicketActor")]
public sealed record TicketActor(
    [property: Id(0)] string Id,
    [property: Id(1)] IReadOnlyList<string> Roles,
    [property: Id(2)] string? UnitId)
{
    /// <summary>The platform itself (sweepers, intake).</summary>
    public static TicketActor System { get; } = new(PlatformRole.System, [PlatformRole.System], null);
}
