using Hotline.Telephony.Sip.Auth;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Store;

/// <summary>Digest credentials for the SIP service, read from the operational store's SIP accounts.</summary>
public sealed class SipAccountCredentialStore(IDbContextFactory<OperationalDbContext> contexts) : ISipCredentialStore
{
    public async ValueTask<SipCredential?> FindAsync(string userName, string realm, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var account = await db.SipAccounts.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Extension == userName && a.Realm == realm, cancellationToken);
        return account is null ? null : new SipCredential(account.Extension, account.Realm, account.Ha1Md5, account.Ha1Sha256, account.Enabled);
    }
}
