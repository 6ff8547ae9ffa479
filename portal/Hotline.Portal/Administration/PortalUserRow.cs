namespace Hotline.Portal.Administration;

/// <summary>One portal user as the users-and-roles page lists it.</summary>
public sealed record PortalUserRow(string UserName, string DisplayName, IReadOnlyList<string> Roles, bool Locked);
