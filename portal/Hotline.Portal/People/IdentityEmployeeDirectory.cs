using Hotline.Portal.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Portal.People;

/// <summary>The employee list read from the portal's user store (ASP.NET Core Identity).</summary>
public sealed class IdentityEmployeeDirectory(UserManager<PortalUser> users) : IEmployeeDirectory
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<EmployeeRow>> ListAsync(CancellationToken cancellationToken)
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var rows = new List<EmployeeRow>(all.Count);
        foreach (var user in all)
        {
            var roles = await users.GetRolesAsync(user);
            var staff = StaffRoles.All.Where(roles.Contains).ToList();
            if (staff.Count > 0)
            {
                rows.Add(new EmployeeRow(user.UserName ?? user.Id, user.DisplayName, staff));
            }
        }

        return rows;
    }
}
