using System.Security.Claims;
using Hotline.Grains.Abstractions.Knowledge;

namespace Hotline.Portal.Api;

/// <summary>The knowledge actor of a signed-in user: the user name (as the audit log writes it) and the role claims.</summary>
public static class KnowledgeActorReader
{
    /// <summary>The actor of <paramref name="user"/>; the endpoints require sign-in, so an anonymous user here is a wiring error.</summary>
    public static KnowledgeActor From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.Identity is { IsAuthenticated: true } identity
            ? identity.Name ?? user.FindFirstValue(ClaimTypes.NameIdentifier)
            : null;
        if (string.IsNullOrEmpty(id))
            throw new InvalidOperationException("The knowledge endpoints were reached without a signed-in user; they must require the signed-in policy.");
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).Distinct(StringComparer.Ordinal).ToArray();
        return new KnowledgeActor(id, roles);
    }
}
