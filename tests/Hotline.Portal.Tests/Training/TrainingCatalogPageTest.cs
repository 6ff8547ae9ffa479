using Bunit;
using Hotline.Grains.Abstractions.People;
using Hotline.Grains.People.Store;
using Hotline.Grains.Rosters;
using Hotline.Grains.Training;
using Hotline.Portal.Api;
using Hotline.Portal.Tests.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.Tests.Training;

/// <summary>The set-up of the training administration page tests: the real training catalog over the people tables in a SQLite file of its
/// own, a fixed clock (2026-11-28 10:00 in Beijing) and a signed-in trainer.</summary>
public abstract class TrainingCatalogPageTest : PortalComponentTest
{
    internal static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(8));

    internal static readonly PeopleActor Trainer = new("trainer-1", [PlatformRole.Trainer]);

    private readonly string folder = Directory.CreateTempSubdirectory("hotline-training-pages-").FullName;

    protected TrainingCatalogPageTest()
    {
        var clock = new FixedClock(Now);
        Services.AddDbContextFactory<PeopleDbContext>(db => db.UseSqlite($"Data Source={Path.Combine(folder, "people.db")}"));
        Services.AddSingleton<TimeProvider>(clock);
        Services.AddSingleton<ITrainingCatalog, TrainingCatalog>();
        Services.AddSingleton(new PeopleCalendar(clock, Options.Create(new RosterOptions())));
        Services.AddSingleton<AuthenticationStateProvider>(new FixedAuthenticationState(Trainer.Id, PlatformRole.Trainer));
        Services.AddCascadingAuthenticationState();
    }

    internal static CancellationToken Token => Xunit.TestContext.Current.CancellationToken;

    internal ITrainingCatalog Catalog => Services.GetRequiredService<ITrainingCatalog>();

    internal IDbContextFactory<PeopleDbContext> Contexts => Services.GetRequiredService<IDbContextFactory<PeopleDbContext>>();

    /// <summary>Creates the people tables; call before the first render.</summary>
    internal async Task CreateTablesAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync(Token);
        await db.Database.EnsureCreatedAsync(Token);
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
