using System.Security.Claims;
using Hotline.Grains.Abstractions.People;

namespace Hotline.Portal.Api;

/// <summary>The people actor of a signed-in user: the user name (an agent's is the extension, the key rosters and reviews use) and the role claims.</summary>
public static class PeopleActorReader
{
    /// <summary>The actor of <paramref name="user"/>; the endpoints require sign-in, so an anonymous user here is a wiring error.</summary>
    public static PeopleActor From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.Identity is { IsAuthenticated: true } identity
            ? identity.Name ?? user.FindFirstValue(ClaimTypes.NameIdentifier)
            : null;
        if (string.IsNullOrEmpty(id))
            throw new InvalidOperationException("The people endpoints were reached without a signed-in user; they must require the signed-in policy.");
        // A user never acts as the platform itself, whatever claims a token carries.
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).Where(r => r != PlatformRole.System).Distinct(StringComparer.Ordinal).ToArray();
        return new PeopleActor(id, roles);
    }
}
