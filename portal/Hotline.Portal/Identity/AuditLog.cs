using System.Security.Claims;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Portal.Identity;

/// <summary>Writes and reads the audit log of sensitive actions.</summary>
public sealed class AuditLog(IDbContextFactory<PortalIdentityDbContext> contexts, TimeProvider clock)
{
    /// <summary>Records that <paramref name="user"/> did <paramref name="action"/> (one of <see cref="AuditAction"/>) to <paramref name="target"/>.</summary>
    public async Task RecordAsync(ClaimsPrincipal user, string action, string target, string? detail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            AtUnixMs = clock.GetUtcNow().ToUnixTimeMilliseconds(),
            Actor = user.Identity?.Name ?? "(anonymous)",
            Action = action,
            Target = target,
            Detail = detail,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The newest <paramref name="count"/> entries, newest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> LatestAsync(int count, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.AtUnixMs).ThenByDescending(e => e.Id).Take(count).ToListAsync(cancellationToken);
    }
}
