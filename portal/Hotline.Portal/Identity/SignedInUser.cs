using System.Security.Claims;
using Hotline.Grains.Abstractions.People;

namespace Hotline.Portal.Identity;

/// <summary>Who a signed-in request acts as: the user name (an agent's is the extension) and the platform roles the cookie carries.</summary>
public static class SignedInUser
{
    /// <summary>The user name; <paramref name="area"/> names the endpoints in the error, since reaching them anonymously means a policy is missing.</summary>
    public static string NameOf(ClaimsPrincipal user, string area)
    {
        ArgumentNullException.ThrowIfNull(user);
        var name = user.Identity is { IsAuthenticated: true } identity ? identity.Name ?? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        return string.IsNullOrEmpty(name)
            ? throw new InvalidOperationException($"The {area} endpoints were reached without a signed-in user; they must require a sign-in policy.")
            : name;
    }

    /// <summary>The role claims, once each; never <see cref="PlatformRole.System"/>, which only the platform itself (sweepers, intake) acts as.</summary>
    public static string[] RolesOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value).Where(r => r != PlatformRole.System).Distinct(StringComparer.Ordinal)];
    }
}
