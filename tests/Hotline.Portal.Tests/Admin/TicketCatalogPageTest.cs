using Bunit;
using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Store;
using Hotline.Portal.Administration;
using Hotline.Portal.Identity;
using Hotline.Portal.Public.Notices;
using Hotline.Portal.Tests.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Portal.Tests.Admin;

/// <summary>A bunit context for the category, workflow and notice pages: the real services on a seeded SQLite operational store, notice store and
/// audit log in a fresh folder, with the admin signed in.</summary>
public abstract class TicketCatalogPageTest : PortalComponentTest
{
    private readonly string folder = Directory.CreateTempSubdirectory("hotline-admin-tickets-").FullName;

    protected TicketCatalogPageTest()
    {
        Services.AddSingleton(TimeProvider.System);
        Services.AddDbContextFactory<PortalIdentityDbContext>(db => db.UseSqlite($"Data Source={Path.Combine(folder, "identity.db")}"));
        Services.AddDbContextFactory<OperationalDbContext>(db => db.UseSqlite($"Data Source={Path.Combine(folder, "store.db")}"));
        Services.AddDbContextFactory<NoticeDbContext>(db => db.UseSqlite($"Data Source={Path.Combine(folder, "notices.db")}"));
        Services.AddSingleton<AuditLog>();
        Services.AddSingleton<NoticeStore>();
        Services.AddSingleton<Hotline.Grains.Tickets.Categories.TicketCategoryCache>();
        Services.AddTicketCatalogPages();
        Services.AddSingleton<AuthenticationStateProvider>(new FixedAuthenticationState("admin", PlatformRole.Admin));
        Services.AddCascadingAuthenticationState();
        Services.AddAuthorizationCore();
    }

    protected static CancellationToken Token => Xunit.TestContext.Current.CancellationToken;

    /// <summary>Creates the stores' tables and seeds the category tree and workflows, as the host does on start.</summary>
    protected async Task CreateStoresAsync()
    {
        await using (var db = await Services.GetRequiredService<IDbContextFactory<PortalIdentityDbContext>>().CreateDbContextAsync(Token))
            await db.Database.EnsureCreatedAsync(Token);
        await using (var db = await Services.GetRequiredService<IDbContextFactory<OperationalDbContext>>().CreateDbContextAsync(Token))
        {
            await db.Database.EnsureCreatedAsync(Token);
            await TicketStoreSchema.EnsureAsync(db, Token);
        }
        await using (var db = await Services.GetRequiredService<IDbContextFactory<NoticeDbContext>>().CreateDbContextAsync(Token))
            await NoticeStoreSchema.EnsureAsync(db, Token);
    }

    /// <summary>A fresh operational store context (to read back what a page stored).</summary>
    protected OperationalDbContext Store() => Services.GetRequiredService<IDbContextFactory<OperationalDbContext>>().CreateDbContext();

    /// <summary>The audit entries, newest first.</summary>
    protected Task<IReadOnlyList<AuditEntry>> AuditedAsync() => Services.GetRequiredService<AuditLog>().LatestAsync(50, Token);

    /// <summary>The trimmed text of the element with <paramref name="testId"/>.</summary>
    protected static string Text<T>(IRenderedComponent<T> page, string testId) where T : IComponent =>
        page.Find($"[data-testid='{testId}']").TextContent.Trim();

    /// <summary>The input or text area of the field with <paramref name="testId"/> (MudBlazor puts the id on the element itself or on its wrapper).</summary>
    protected static AngleSharp.Dom.IElement Field<T>(IRenderedComponent<T> page, string testId) where T : IComponent =>
        page.Find($"input[data-testid='{testId}'], [data-testid='{testId}'] input, textarea[data-testid='{testId}'], [data-testid='{testId}'] textarea");

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
