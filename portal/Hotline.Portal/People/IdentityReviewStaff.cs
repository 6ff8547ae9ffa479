using Hotline.Portal.Identity;
using Microsoft.AspNetCore.Identity;

namespace Hotline.Portal.People;

/// <summary>The review staff from the portal's user store (ASP.NET Core Identity).</summary>
public sealed class IdentityReviewStaff(IServiceScopeFactory scopes) : IReviewStaff
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> InRoleAsync(string role, CancellationToken cancellationToken)
    {
        // UserManager is scoped; a grain or a background pass has no request scope of its own.
        await using var scope = scopes.CreateAsyncScope();
        var users = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().GetUsersInRoleAsync(role);
        // A locked-out account (someone who left) gets no new review.
        var now = DateTimeOffset.UtcNow;
        return [.. users.Where(u => u.LockoutEnd is null || u.LockoutEnd <= now).Select(u => u.UserName ?? "").Where(n => n.Length > 0).Order(StringComparer.Ordinal)];
    }
}
