using Hotline.Portal.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.Identity;

/// <summary>
/// The handling units and enterprises tickets can be dispatched to: every unit a partner token acts for (<c>Hotline:Channels:Partners</c>)
/// and every unit a portal account of a unit role was created for. A unit nobody can sign in for would see its tickets nowhere, so the
/// dispatch dialog offers these first.
/// </summary>
public sealed class HandlingUnitDirectory(IDbContextFactory<PortalIdentityDbContext> identities, IOptions<PartnerOptions> partners)
{
    /// <summary>The known unit ids, in ordinal order.</summary>
    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await identities.CreateDbContextAsync(cancellationToken);
        var fromAccounts = await db.UserClaims.AsNoTracking().Where(c => c.ClaimType == PartnerTokenHandler.UnitClaim && c.ClaimValue != null)
            .Select(c => c.ClaimValue!).Distinct().ToListAsync(cancellationToken);
        var fromTokens = partners.Value.Accounts.Select(a => a.UnitId).OfType<string>().Where(u => u.Length > 0);
        return [.. fromAccounts.Concat(fromTokens).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }
}
