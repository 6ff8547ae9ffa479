using Hotline.Grains.Abstractions.People;
using Hotline.Grains.People;
using Hotline.Grains.People.Store;
using Hotline.Grains.Store;
using Hotline.Portal.Identity;
using Hotline.Portal.Qa;
using Hotline.Portal.Tests.Qa;
using Hotline.Qa.Hosting;
using Hotline.Qa.Transcription;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Portal.Tests.Components;

/// <summary>A bunit context for the QA pages: the real QA pipeline over a fresh data folder (no Whisper model), the real audit log on a SQLite file,
/// and an inspector signed in; <see cref="SeedCallAsync"/> puts a scored, sampled call with its recording in place.</summary>
public abstract class QaPageTest : PortalComponentTest
{
    /// <summary>The signed-in inspector's name.</summary>
    protected const string Inspector = "inspector";

    private readonly string folder = Directory.CreateTempSubdirectory("hotline-qa-pages-").FullName;

    protected QaPageTest()
    {
        Qa = QaPipeline.Open(folder, new TranscriptionSettings(), new QaSettings(), null, TimeProvider.System);
        Services.AddSingleton(Qa);
        Services.AddSingleton(TimeProvider.System);
        Services.AddDbContextFactory<PortalIdentityDbContext>(db => db.UseSqlite($"Data Source={Path.Combine(folder, "identity.db")}"));
        Services.AddSingleton<AuditLog>();
        Services.AddSingleton<QaScoreCorrection>();
        Services.AddDbContextFactory<PeopleDbContext>(db => db.UseSqlite(PeopleConnection));
        Services.AddSingleton<IEmployeeArchive, EmployeeArchive>();
        Services.AddSingleton<QaArchiveFeed>();
        Services.AddSingleton<QaReviewAnswers>();
        Services.AddSingleton<Hotline.Portal.Live.AgentDirectory>();
        Services.AddSingleton<AuthenticationStateProvider>(new FixedAuthenticationState(Inspector, PlatformRole.Inspector));
        Services.AddCascadingAuthenticationState();
    }

    /// <summary>The QA pipeline the pages use.</summary>
    protected QaPipeline Qa { get; }

    /// <summary>The audit log after creating its tables.</summary>
    protected async Task<AuditLog> AuditAsync()
    {
        await using (var db = await Services.GetRequiredService<IDbContextFactory<PortalIdentityDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken))
            await db.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        return Services.GetRequiredService<AuditLog>();
    }

    /// <summary>The employee archive (the real one, on a SQLite file of this test) after creating its tables.</summary>
    protected async Task<IEmployeeArchive> ArchiveAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var store = new OperationalDbContext(new DbContextOptionsBuilder<OperationalDbContext>().UseSqlite(PeopleConnection).Options))
            await store.Database.EnsureCreatedAsync(ct);
        await using (var db = await Services.GetRequiredService<IDbContextFactory<PeopleDbContext>>().CreateDbContextAsync(ct))
            await PeopleStoreSchema.EnsureAsync(db, TimeProvider.System, ct);
        return Services.GetRequiredService<IEmployeeArchive>();
    }

    private string PeopleConnection => $"Data Source={Path.Combine(folder, "people.db")}";

    /// <summary>Stores <paramref name="callId"/>: a 4 s stereo recording (caller loud in the first half, agent in the second) queued in QA,
    /// its transcript (two caller and two agent segments), a score whose greeting item points at the agent's first words, and a complaint review.</summary>
    protected Task SeedCallAsync(string callId) => QaCallSeed.SeedAsync(Qa, folder, callId, queued: true, TestContext.Current.CancellationToken);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
            return;
        Qa.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
