using System.Security.Claims;
using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Portal.Api;
using Hotline.Portal.Identity;

namespace Hotline.Portal.Components.Pages.Tickets;

/// <summary>What the signed-in user may see and do on the ticket pages: the actor the grain checks, and for a handling unit or enterprise the one unit it is confined to.</summary>
public sealed record TicketScope(TicketActor Actor)
{
    private static readonly string[] UnitRoles = [PlatformRole.HandlingUnit, PlatformRole.Enterprise];

    /// <summary>The roles that see the overdue list with 催办/督办 (the wallboard's supervisors and managers).</summary>
    public static IReadOnlyList<string> SupervisingRoles { get; } = PortalPolicies.Roles[PortalPolicies.Wallboard];

    /// <summary>True when every role the user holds is a unit role: such a user sees only the tickets dispatched to its unit.</summary>
    public bool UnitOnly => Actor.Roles.Count > 0 && Actor.Roles.All(UnitRoles.Contains);

    /// <summary>True for supervisors and managers.</summary>
    public bool Supervises => Actor.Roles.Any(SupervisingRoles.Contains);

    /// <summary>True when the user may listen to recordings (the recordings policy's roles).</summary>
    public bool MayListen => Actor.Roles.Any(PortalPolicies.Roles[PortalPolicies.Recordings].Contains);

    /// <summary>The scope of <paramref name="user"/>: the user name, roles and the unit claim (the same claim partner tokens carry).</summary>
    public static TicketScope Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var unit = user.FindFirstValue(PartnerTokenHandler.UnitClaim);
        return new TicketScope(new TicketActor(SignedInUser.NameOf(user, "ticket pages"), SignedInUser.RolesOf(user), string.IsNullOrWhiteSpace(unit) ? null : unit));
    }

    /// <summary>Narrows a list filter to the user's unit when the user is confined to one (a unit without a unit claim sees nothing).</summary>
    public TicketListFilter Restrict(TicketListFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return UnitOnly ? filter with { UnitId = Actor.UnitId ?? NoUnit } : filter;
    }

    /// <summary>Narrows a search query the same way as <see cref="Restrict(TicketListFilter)"/>.</summary>
    public TicketSearchQuery Restrict(TicketSearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return UnitOnly ? query with { UnitId = Actor.UnitId ?? NoUnit } : query;
    }

    /// <summary>True when the user may open <paramref name="ticket"/>: staff see every ticket, a unit only those dispatched to it.</summary>
    public bool MaySee(TicketSnapshot ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return !UnitOnly || (Actor.UnitId is not null && string.Equals(Actor.UnitId, ticket.UnitId, StringComparison.Ordinal));
    }

    // A unit id no ticket carries, so a unit user without a unit claim lists nothing rather than everything.
    private const string NoUnit = "\u0000no-unit";
}
