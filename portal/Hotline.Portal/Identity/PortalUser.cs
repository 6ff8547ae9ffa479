using Microsoft.AspNetCore.Identity;

namespace Hotline.Portal.Identity;

/// <summary>A person who signs in to the portal; agents carry the extension their desk drives.</summary>
public sealed class PortalUser : IdentityUser
{
    /// <summary>The name shown in the portal (e.g. 坐席 8001).</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The agent's extension (its agent grain's key), null for users who take no calls.</summary>
    public string? Extension { get; set; }
}
