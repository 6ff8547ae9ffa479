using System.Security.Claims;

namespace Hotline.Portal.Administration;

/// <summary>Lists and creates portal users, changes their roles, lock state and password; every change is audited.</summary>
public interface IUserAdministration
{
    /// <summary>Every portal user with roles and lock state, by user name.</summary>
    Task<IReadOnlyList<PortalUserRow>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Gives (<paramref name="assign"/> true) or takes away <paramref name="role"/> from <paramref name="userName"/>; refuses removing the last administrator.</summary>
    Task<AdminOutcome> ChangeRoleAsync(ClaimsPrincipal actor, string userName, string role, bool assign, CancellationToken cancellationToken);

    /// <summary>Locks or unlocks the sign-in of <paramref name="userName"/>; refuses locking the last unlocked administrator.</summary>
    Task<AdminOutcome> SetLockedAsync(ClaimsPrincipal actor, string userName, bool locked, CancellationToken cancellationToken);

    /// <summary>Creates the account with its initial password (Identity's password rules) and roles; refuses a blank field, a taken user name, an
    /// unknown role or a password the rules reject, naming the field, and then writes nothing.</summary>
    Task<AdminOutcome> CreateAsync(ClaimsPrincipal actor, NewPortalUser user, CancellationToken cancellationToken);

    /// <summary>Replaces the password of <paramref name="userName"/> (Identity's password rules) and clears its count of failed sign-ins; a lock set here stays.</summary>
    Task<AdminOutcome> ResetPasswordAsync(ClaimsPrincipal actor, string userName, string password, CancellationToken cancellationToken);
}
