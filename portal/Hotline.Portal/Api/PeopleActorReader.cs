using System.Security.Claims;
using Hotline.Grains.Abstractions.People;
using Hotline.Portal.Identity;

namespace Hotline.Portal.Api;

/// <summary>The people actor of a signed-in user: the user name (an agent's is the extension, the key rosters and reviews use) and the role claims.</summary>
public static class PeopleActorReader
{
    /// <summary>The actor of <paramref name="user"/>.</summary>
    public static PeopleActor From(ClaimsPrincipal user) =>
        new(SignedInUser.NameOf(user, "people"), SignedInUser.RolesOf(user));
}
