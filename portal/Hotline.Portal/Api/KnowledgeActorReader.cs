using System.Security.Claims;
using Hotline.Grains.Abstractions.Knowledge;
using Hotline.Portal.Identity;

namespace Hotline.Portal.Api;

/// <summary>The knowledge actor of a signed-in user: the user name (as the audit log writes it) and the role claims.</summary>
public static class KnowledgeActorReader
{
    /// <summary>The actor of <paramref name="user"/>.</summary>
    public static KnowledgeActor From(ClaimsPrincipal user) =>
        new(SignedInUser.NameOf(user, "knowledge"), SignedInUser.RolesOf(user));
}
