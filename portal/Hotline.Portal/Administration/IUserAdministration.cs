using System.Security.Claims;

namespace Hotline.Portal.Administration;

/// <summary>Lists portal users and changes their roles and lock state; every change is audited.</summary>
public interface IUserAdministration
{
    /// <summary>Every portal user with roles and lock state, by user name.</summary>
    Task<IReadOnlyList<PortalUserRow>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Gives (<paramref name="assign"/> true) or takes away <paramref name="role"/> from <paramref name="userName"/>; refuses removing the last administrator.</summary>
    Task<AdminOutcome> ChangeRoleAsync(ClaimsPrincipal actor, string userName, string role, bool assign, CancellationToken cancellationToken);

    /// <summary>Locks or unlocks the sign-in of <paramref name="userName"/>; refuses locking the last unlocked administrator.</summary>
    Task<AdminOutcome> SetLockedAsync(ClaimsPrincipal actor, string userName, bool locked, CancellationToken cancellationToken);
}
