using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Grains.Tests.Tickets;

/// <summary>The people the workflow tests act as.</summary>
internal static class TicketActors
{
    public static TicketActor Agent { get; } = new("8001", [PlatformRole.Agent], null);

    public static TicketActor Supervisor { get; } = new("sup-1", [PlatformRole.Supervisor], null);

    /// <summary>A handler of the unit tickets are dispatched to.</summary>
    public static TicketActor UnitA { get; } = new("unit-a-handler", [PlatformRole.HandlingUnit], "unit-a");

    /// <summary>A handler of another unit.</summary>
    public static TicketActor UnitB { get; } = new("unit-b-handler", [PlatformRole.HandlingUnit], "unit-b");

    public static TicketActor Analyst { get; } = new("analyst-1", [PlatformRole.Analyst], null);
}
