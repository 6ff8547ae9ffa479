using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Telephony;
using Hotline.Portal.Administration;
using Hotline.Portal.Configuration;
using Hotline.Portal.Identity;
using Hotline.Portal.Tests.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Portal.Tests.Admin;

/// <summary>A bunit context for the pages that edit IVR flows: the real demo catalog, the real audit log on a SQLite file of a fresh data folder,
/// the administration services, and the admin signed in.</summary>
public abstract class FlowCatalogPageTest : PortalComponentTest
{
    private readonly string folder = Directory.CreateTempSubdirectory("hotline-admin-flows-").FullName;

    protected FlowCatalogPageTest()
    {
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(Catalog);
        Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new HotlineOptions { DataDir = folder }));
        Services.AddDbContextFactory<PortalIdentityDbContext>(db => db.UseSqlite($"Data Source={Path.Combine(folder, "identity.db")}"));
        Services.AddSingleton<AuditLog>();
        Services.AddAdminPages();
        Services.AddSingleton<AuthenticationStateProvider>(new FixedAuthenticationState("admin", PlatformRole.Admin));
        Services.AddCascadingAuthenticationState();
        Services.AddAuthorizationCore();
    }

    /// <summary>The running catalog the pages edit.</summary>
    protected IvrFlowCatalog Catalog { get; } = IvrFlowCatalog.Demo();

    /// <summary>Where saved flows go (read at start-up).</summary>
    protected string FlowFolder => Path.Combine(folder, "ivr");

    protected static CancellationToken Token => Xunit.TestContext.Current.CancellationToken;

    /// <summary>The audit log after creating its tables.</summary>
    protected async Task<AuditLog> AuditAsync()
    {
        await using (var db = await Services.GetRequiredService<IDbContextFactory<PortalIdentityDbContext>>().CreateDbContextAsync(Token))
            await db.Database.EnsureCreatedAsync(Token);
        return Services.GetRequiredService<AuditLog>();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
