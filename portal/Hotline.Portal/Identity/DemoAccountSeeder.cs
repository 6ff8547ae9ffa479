using Hotline.Grains.Abstractions.People;
using Hotline.Portal.Hosting;
using Microsoft.AspNetCore.Identity;

namespace Hotline.Portal.Identity;

/// <summary>
/// The demo organisation's portal accounts (DESIGN.md): agents 8001–8010 with passwords demo-8001 … demo-8010, and one
/// supervisor, manager, inspector, qa-lead, trainer, hr, analyst, executive, operator and admin account whose password is demo-&lt;name&gt;.
/// </summary>
public static class DemoAccountSeeder
{
    /// <summary>The non-agent demo accounts: user name and role (the user name is the role's name).</summary>
    public static IReadOnlyList<string> StaffRoles { get; } =
        [
            PlatformRole.Supervisor, PlatformRole.Manager, PlatformRole.Inspector, PlatformRole.QaLead, PlatformRole.Trainer, PlatformRole.Hr,
            PlatformRole.Analyst, PlatformRole.Executive, PlatformRole.Operator, PlatformRole.Admin,
        ];

    /// <summary>The demo password of an account: demo-8001 for agent 8001, demo-admin for admin.</summary>
    public static string PasswordOf(string userName) => $"demo-{userName}";

    /// <summary>Adds the accounts that are missing (idempotent); returns how many were added.</summary>
    public static async Task<int> SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var users = services.GetRequiredService<UserManager<PortalUser>>();
        var added = 0;
        foreach (var extension in DemoOrganisationSeeder.Extensions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            added += await AddAsync(users, new PortalUser { UserName = extension, DisplayName = $"坐席 {extension}", Extension = extension }, PlatformRole.Agent);
        }

        foreach (var role in StaffRoles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            added += await AddAsync(users, new PortalUser { UserName = role, DisplayName = role }, role);
        }

        return added;
    }

    private static async Task<int> AddAsync(UserManager<PortalUser> users, PortalUser user, string role)
    {
        if (await users.FindByNameAsync(user.UserName!) is not null)
        {
            return 0;
        }

        IdentityResults.ThrowIfFailed(await users.CreateAsync(user, PasswordOf(user.UserName!)), $"demo user '{user.UserName}'");
        IdentityResults.ThrowIfFailed(await users.AddToRoleAsync(user, role), $"role '{role}' of demo user '{user.UserName}'");
        return 1;
    }
}
