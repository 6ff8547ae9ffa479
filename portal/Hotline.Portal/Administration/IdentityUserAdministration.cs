using System.Security.Claims;
using Hotline.Grains.Abstractions.People;
using Hotline.Portal.Api;
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

    /// <summary>Resource key of a required field left blank (the field is the outcome's <see cref="AdminOutcome.Field"/>).</summary>
    public const string RequiredKey = "FieldRequired";

    /// <summary>Resource key of a new account without any role.</summary>
    public const string NoRoleKey = "NoRoleChosen";

    /// <summary>Resource key of a handling-unit or enterprise account created without the unit it acts for.</summary>
    public const string UnitRequiredKey = "UnitRequired";

    /// <summary>Resource key of a unit given to an account none of whose roles acts for a unit (the detail is the unit).</summary>
    public const string UnitWithoutRoleKey = "UnitWithoutRole";

    /// <summary>Resource key of a unit id longer than the ticket store keeps (the detail is the limit).</summary>
    public const string UnitTooLongKey = "UnitTooLong";

    /// <summary>The longest unit id: the ticket store's unit column.</summary>
    public const int MaxUnitLength = 128;

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

    /// <inheritdoc />
    public async Task<AdminOutcome> CreateAsync(ClaimsPrincipal actor, NewPortalUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var userName = user.UserName?.Trim() ?? "";
        var displayName = user.DisplayName?.Trim() ?? "";
        if (userName.Length == 0)
        {
            return new AdminOutcome(RequiredKey, null, UserField.UserName);
        }

        if (displayName.Length == 0)
        {
            return new AdminOutcome(RequiredKey, null, UserField.DisplayName);
        }

        if (string.IsNullOrEmpty(user.Password))
        {
            return new AdminOutcome(RequiredKey, null, UserField.Password);
        }

        var roles = (user.Roles ?? []).Distinct(StringComparer.Ordinal).ToList();
        if (roles.Count == 0)
        {
            return new AdminOutcome(NoRoleKey, null, UserField.Roles);
        }

        if (roles.FirstOrDefault(r => !PlatformRole.All.Contains(r)) is { } unknown)
        {
            return new AdminOutcome(UnknownRoleKey, unknown, UserField.Roles);
        }

        var unit = user.UnitId?.Trim() ?? "";
        var actsForUnit = roles.Any(r => r is PlatformRole.HandlingUnit or PlatformRole.Enterprise);
        if (actsForUnit && unit.Length == 0)
        {
            return new AdminOutcome(UnitRequiredKey, null, UserField.Unit);
        }

        if (!actsForUnit && unit.Length > 0)
        {
            return new AdminOutcome(UnitWithoutRoleKey, unit, UserField.Unit);
        }

        if (unit.Length > MaxUnitLength)
        {
            return new AdminOutcome(UnitTooLongKey, MaxUnitLength.ToString(System.Globalization.CultureInfo.InvariantCulture), UserField.Unit);
        }

        if (await users.FindByNameAsync(userName) is not null)
        {
            return new AdminOutcome(AccountRuleRefusal.UserNameTakenKey, userName, UserField.UserName);
        }

        var account = new PortalUser { UserName = userName, DisplayName = displayName };
        if (await PasswordRefusalAsync(account, user.Password) is { } weak)
        {
            return weak;
        }

        var created = await users.CreateAsync(account, user.Password);
        if (!created.Succeeded)
        {
            return AccountRuleRefusal.From(created.Errors.First(), users.Options, userName);
        }

        var granted = await users.AddToRolesAsync(account, roles);
        if (!granted.Succeeded)
        {
            // An account without the roles it was created for is half-written: take it back.
            await users.DeleteAsync(account);
            return new AdminOutcome(IdentityErrorKey, string.Join("; ", granted.Errors.Select(e => e.Description)), UserField.Roles);
        }

        if (actsForUnit)
        {
            // The same claim a partner token carries: ticket pages and the grain's unit checks read it from the sign-in.
            var claimed = await users.AddClaimAsync(account, new Claim(PartnerTokenHandler.UnitClaim, unit));
            if (!claimed.Succeeded)
            {
                await users.DeleteAsync(account);
                return new AdminOutcome(IdentityErrorKey, string.Join("; ", claimed.Errors.Select(e => e.Description)), UserField.Unit);
            }
        }

        await audit.RecordAsync(actor, AuditAction.UserCreate, userName, string.Join(",", roles) + (actsForUnit ? " unit:" + unit : ""), cancellationToken);
        return AdminOutcome.Done;
    }

    /// <inheritdoc />
    public async Task<AdminOutcome> ResetPasswordAsync(ClaimsPrincipal actor, string userName, string password, CancellationToken cancellationToken)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            return new AdminOutcome(UnknownUserKey, userName);
        }

        if (string.IsNullOrEmpty(password))
        {
            return new AdminOutcome(RequiredKey, null, UserField.Password);
        }

        if (await PasswordRefusalAsync(user, password) is { } weak)
        {
            return weak;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, password);
        if (!reset.Succeeded)
        {
            return AccountRuleRefusal.From(reset.Errors.First(), users.Options, userName);
        }

        await users.ResetAccessFailedCountAsync(user);
        // The password itself never reaches the log.
        await audit.RecordAsync(actor, AuditAction.PasswordReset, userName, null, cancellationToken);
        return AdminOutcome.Done;
    }

    // Checked before anything is written, so a weak password leaves no account behind.
    private async Task<AdminOutcome?> PasswordRefusalAsync(PortalUser user, string password)
    {
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            if (!result.Succeeded)
            {
                return AccountRuleRefusal.From(result.Errors.First(), users.Options, user.UserName ?? "");
            }
        }

        return null;
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
