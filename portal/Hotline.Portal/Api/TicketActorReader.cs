using System.Security.Claims;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Portal.Identity;

namespace Hotline.Portal.Api;

/// <summary>The ticket actor of a signed-in staff user: the user name and role claims; staff act for the hotline, not for a unit.</summary>
public static class TicketActorReader
{
    /// <summary>The actor of <paramref name="user"/>.</summary>
    public static TicketActor From(ClaimsPrincipal user) => new(SignedInUser.NameOf(user, "ticket"), SignedInUser.RolesOf(user), null);
}
