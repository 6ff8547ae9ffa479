using Hotline.Grains.Abstractions.People;
using Microsoft.AspNetCore.Identity;

namespace Hotline.Portal.Public.Notices;

/// <summary>The authorization policy of the notice administration API: managers and administrators, signed in with the portal cookie.</summary>
public static class NoticePolicy
{
    /// <summary>The policy name.</summary>
    public const string Name = "notices-publish";

    /// <summary>The roles that may write, publish and withdraw notices.</summary>
    public static IReadOnlyList<string> Roles { get; } = [PlatformRole.Manager, PlatformRole.Admin];

    /// <summary>Registers the policy.</summary>
    public static IServiceCollection AddNoticePolicy(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(Name, policy => policy.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireRole(Roles));
        return services;
    }
}
