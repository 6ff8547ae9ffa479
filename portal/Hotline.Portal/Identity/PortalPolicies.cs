using Hotline.Grains.Abstractions.People;
using Hotline.Portal.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Hotline.Portal.Identity;

/// <summary>The portal's authorization policies: each names the roles (PlatformRole) that may use one area, signed in with the portal cookie.</summary>
public static class PortalPolicies
{
    /// <summary>Any signed-in portal user.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>The agent desktop.</summary>
    public const string Desk = "desk";

    /// <summary>The supervisor wallboard and its listen/whisper/barge controls.</summary>
    public const string Wallboard = "wallboard";

    /// <summary>The audit log and other administration pages.</summary>
    public const string Admin = "admin";

    /// <summary>Recordings (listening is audited).</summary>
    public const string Recordings = "recordings";

    /// <summary>The roles of each policy; the navigation and the tests read the same table.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Roles { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [Desk] = [PlatformRole.Agent],
        [Wallboard] = [PlatformRole.Supervisor, PlatformRole.Manager],
        [Admin] = [PlatformRole.Admin],
        [Recordings] = [PlatformRole.Supervisor, PlatformRole.Manager, PlatformRole.Inspector, PlatformRole.QaLead, PlatformRole.Admin],
        [ReportAccess.PolicyName] = ReportAccess.Readers.Roles,
    };

    /// <summary>Registers every policy on the portal's cookie scheme.</summary>
    public static AuthorizationBuilder AddPortalPolicies(this AuthorizationBuilder authorization)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        authorization.AddPolicy(SignedIn, policy => policy.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireAuthenticatedUser());
        foreach (var (name, roles) in Roles)
        {
            authorization.AddPolicy(name, policy => policy.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireRole(roles));
        }

        return authorization;
    }
}
