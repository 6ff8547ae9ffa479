namespace Hotline.Portal.Administration;

/// <summary>An account an administrator creates at /admin/users: sign-in name, the name shown in the portal, the initial password and its roles.</summary>
public sealed record NewPortalUser(string UserName, string DisplayName, string Password, IReadOnlyList<string> Roles);
