using System.Security.Claims;
using Hotline.Grains.Abstractions.People;
using Hotline.Portal.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Portal.Administration;

/// <summary>User administration on ASP.NET Core Identity, writing each change to the audit log.</summary>
public sealed class IdentityUserAdministration(UserManager<PortalUser> users, AuditLog audit) : IUserAdministration
{
    /// <summary>Resource key of the refusal to remove or lock the last administrator.</summary>
    public const string LastAdminKey = "LastAdminRefused";

    /// <summary>Resource key of an unknown user name.</summary>
    public const string UnknownUserKey = "UnknownUser";

    /// <summary>Resource key of a role that is not in the role table.</summary>
    public const string UnknownRoleKey = "UnknownRole";

    /// <summary>Resource key of an Identity error (its description is the detail).</summary>
    public const string IdentityErrorKey = "IdentityError";

    /// <inheritdoc />
    public async Task<IReadOnlyList<PortalUserRow>> ListAsync(CancellationToken cancellationToken)
    {
        var all = await users.Users.OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var rows = new List<PortalUserRow>(all.Count);
        foreach (var user in all)
        {
            var roles = await users.GetRolesAsync(user);
            rows.Add(new PortalUserRow(user.UserName ?? user.Id, user.DisplayName, [.. roles.Order(StringComparer.Ordinal)], await users.IsLockedOutAsync(user)));
        }

        return rows;
    }

    /// <inheritdoc />
    public async Task<AdminOutcome> ChangeRoleAsync(ClaimsPrincipal actor, string userName, string role, bool assign, CancellationToken cancellationToken)
    {
        if (!PlatformRole.All.Contains(role))
        {
            return new AdminOutcome(UnknownRoleKey, role);
        }

        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            return new AdminOutcome(UnknownUserKey, userName);
        }

        if (!assign && role == PlatformRole.Admin && await IsLastActiveAdminAsync(user))
        {
            return new AdminOutcome(LastAdminKey, userName);
        }

        var result = assign ? await users.AddToRoleAsync(user, role) : await users.RemoveFromRoleAsync(user, role);
        if (!result.Succeeded)
        {
            return new AdminOutcome(IdentityErrorKey, string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        await audit.RecordAsync(actor, AuditAction.PermissionChange, userName, (assign ? "+" : "-") + role, cancellationToken);
        return AdminOutcome.Done;
    }

    /// <inheritdoc />
    public async Task<AdminOutcome> SetLockedAsync(ClaimsPrincipal actor, string userName, bool locked, CancellationToken cancellationToken)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            return new AdminOutcome(UnknownUserKey, userName);
        }

        if (locked && await users.IsInRoleAsync(user, PlatformRole.Admin) && await IsLastActiveAdminAsync(user))
        {
            return new AdminOutcome(LastAdminKey, userName);
        }

        await users.SetLockoutEnabledAsync(user, true);
        var result = await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (!result.Succeeded)
        {
            return new AdminOutcome(IdentityErrorKey, string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        await audit.RecordAsync(actor, AuditAction.PermissionChange, userName, locked ? "lock" : "unlock", cancellationToken);
        return AdminOutcome.Done;
    }

    private async Task<bool> IsLastActiveAdminAsync(PortalUser user)
    {
        var admins = await users.GetUsersInRoleAsync(PlatformRole.Admin);
        var others = 0;
        foreach (var admin in admins.Where(a => a.Id != user.Id))
        {
            others += await users.IsLockedOutAsync(admin) ? 0 : 1;
        }

        return others == 0;
    }
}
