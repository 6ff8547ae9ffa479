namespace Hotline.Portal.Administration;

/// <summary>An account an administrator creates at /admin/users: sign-in name, the name shown in the portal, the initial password, its roles
/// and, for a handling unit or an enterprise, the unit it acts for (the tickets dispatched there are the ones it sees).</summary>
public sealed record NewPortalUser(string UserName, string DisplayName, string Password, IReadOnlyList<string> Roles, string? UnitId = null);
