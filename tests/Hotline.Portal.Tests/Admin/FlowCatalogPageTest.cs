using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Telephony;
using Hotline.Grains.Telephony.Store;
using Hotline.Portal.Administration;
using Hotline.Portal.Configuration;
using Hotline.Portal.Identity;
using Hotline.Portal.Tests.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Portal.Tests.Admin;

/// <summary>A bunit context for the pages that edit IVR flows and service numbers: the real demo catalog, the real audit log and telephony store
/// (flows, numbers, change counter) on SQLite files of a fresh data folder, the administration services, and the admin signed in.</summary>
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
        Services.AddDbContextFactory<TelephonyDbContext>(db => db.UseSqlite($"Data Source={Path.Combine(folder, "hotline.db")}"));
        Services.AddSingleton<IvrFlowStore>();
        Services.AddSingleton<ServiceNumberStore>();
        Services.AddSingleton<ServiceNumberTable>();
        Services.AddSingleton<TelephonyCatalogSync>();
        Services.AddLogging();
        Services.AddAdminPages();
        Services.AddSingleton<AuthenticationStateProvider>(new FixedAuthenticationState("admin", PlatformRole.Admin));
        Services.AddCascadingAuthenticationState();
        Services.AddAuthorizationCore();
    }

    /// <summary>The running catalog the pages edit.</summary>
    protected IvrFlowCatalog Catalog { get; } = IvrFlowCatalog.Demo();

    /// <summary>The telephony store's tables, created and seeded with the demo flows as start-up does; the catalog then follows the store.</summary>
    protected async Task<TelephonyCatalogSync> StoreAsync(params (string Number, string Flow, bool Enabled)[] numbers)
    {
        await using (var db = await Services.GetRequiredService<IDbContextFactory<TelephonyDbContext>>().CreateDbContextAsync(Token))
            await TelephonyStoreSchema.EnsureAsync(db, Token);
        await Services.GetRequiredService<IvrFlowStore>().SeedMissingAsync(Catalog.Names.ToDictionary(n => n, Catalog.Get), Token);
        var store = Services.GetRequiredService<ServiceNumberStore>();
        foreach (var (number, flow, enabled) in numbers)
            Assert.True(await store.AddAsync(number, flow, "服务热线", enabled, Token));
        var sync = Services.GetRequiredService<TelephonyCatalogSync>();
        await sync.RefreshAsync(Token);
        return sync;
    }

    protected static CancellationToken Token => Xunit.TestContext.Current.CancellationToken;

    /// <summary>The audit log after creating its tables (and the telephony store's, which saves write to).</summary>
    protected async Task<AuditLog> AuditAsync()
    {
        await StoreAsync();
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
