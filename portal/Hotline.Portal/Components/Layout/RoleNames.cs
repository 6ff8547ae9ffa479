using System.Security.Claims;
using Hotline.Grains.Abstractions.People;

namespace Hotline.Portal.Components.Layout;

/// <summary>The platform roles a signed-in user holds, in PlatformRole's order (their display names are PortalText's Role_&lt;name&gt;).</summary>
public static class RoleNames
{
    public static IReadOnlyList<string> Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return [.. PlatformRole.All.Where(user.IsInRole)];
    }
}
