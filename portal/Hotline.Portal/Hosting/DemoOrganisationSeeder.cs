using System.Globalization;
using Hotline.Grains.Store;
using Hotline.Telephony.Sip.Auth;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Portal.Hosting;

/// <summary>Seeds the demo organisation of DESIGN.md: extensions 8001–8010 with passwords demo-8001 … demo-8010.</summary>
public static class DemoOrganisationSeeder
{
    /// <summary>The demo extensions; tests and examples rely on these numbers.</summary>
    public static IReadOnlyList<string> Extensions { get; } =
        [.. Enumerable.Range(8001, 10).Select(n => n.ToString(CultureInfo.InvariantCulture))];

    /// <summary>The demo password of an extension.</summary>
    public static string PasswordOf(string extension) => $"demo-{extension}";

    /// <summary>Adds what is missing (idempotent); returns the number of records added.</summary>
    public static async Task<int> SeedAsync(OperationalDbContext db, string realm, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var existing = await db.SipAccounts.Select(a => a.Extension).ToListAsync(cancellationToken);
        var added = 0;
        foreach (var extension in Extensions.Except(existing))
        {
            var password = PasswordOf(extension);
            db.SipAccounts.Add(new SipAccount
            {
                Extension = extension,
                DisplayName = $"坐席 {extension}",
                Realm = realm,
                Ha1Md5 = DigestAlgorithm.Md5.Ha1(extension, realm, password),
                Ha1Sha256 = DigestAlgorithm.Sha256.Ha1(extension, realm, password),
            });
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }
}
