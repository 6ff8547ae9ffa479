using System.Security.Claims;
using Hotline.Grains.Abstractions.Queues;
using Hotline.Grains.Telephony;
using Hotline.Portal.Administration;
using Hotline.Portal.Hosting;
using Hotline.Portal.Identity;
using Hotline.Portal.Tests.Access;
using Hotline.Portal.Tests.ContactCentre;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Hotline.Portal.Tests.Admin;

/// <summary>Queue administration against the real queue grains of a running platform (demo contact centre): the IVR's queues are listed
/// with their seeded rules, a change is stored and audited, and the grain's refusal comes back as its text with nothing stored.</summary>
[Trait("Category", "Integration")]
public sealed class GrainQueueAdministrationTests(PortalHostFixture host) : IClassFixture<PortalHostFixture>, IAsyncLifetime
{
    private static readonly ClaimsPrincipal Actor = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin")], "test"));
    private readonly string folder = Directory.CreateTempSubdirectory("hotline-admin-queues-").FullName;
    private PlatformClient client = null!;
    private AuditLog audit = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        client = await PlatformClient.ConnectAsync(host.Portal.Settings.GatewayPort);
        var contexts = new PooledDbContextFactory<PortalIdentityDbContext>(
            new DbContextOptionsBuilder<PortalIdentityDbContext>().UseSqlite($"Data Source={Path.Combine(folder, "identity.db")}").Options);
        await using (var db = await contexts.CreateDbContextAsync(Token))
            await db.Database.EnsureCreatedAsync(Token);
        audit = new AuditLog(contexts, TimeProvider.System);
    }

    public async ValueTask DisposeAsync()
    {
        await client.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private GrainQueueAdministration Queues => new(client.Grains, IvrFlowCatalog.Demo(), audit);

    [Fact]
    public async Task Lists_the_ivr_queues_with_their_seeded_rules()
    {
        var rows = await WhenSeededAsync();

        Assert.Equal([DemoContactCentreSeeder.ComplaintsQueue, DemoContactCentreSeeder.EnquiriesQueue], rows.Select(r => r.Name));
        Assert.Equal(DemoContactCentreSeeder.EnquiriesQueue, rows[0].Configuration!.OverflowQueue);
    }

    [Fact]
    public async Task A_refused_configuration_returns_the_grain_text_and_stores_nothing()
    {
        var current = (await WhenSeededAsync()).Single(r => r.Name == DemoContactCentreSeeder.EnquiriesQueue).Configuration!;

        var outcome = await Queues.SaveAsync(Actor, current with { MinimumLevel = 11 }, Token);

        Assert.Equal(GrainQueueAdministration.RefusedKey, outcome.RefusalKey);
        Assert.Equal("queue 'enquiries': minimum level 11 is outside 1–10", outcome.Detail);
        Assert.Equal(current, await client.Grains.GetGrain<IQueueGrain>(DemoContactCentreSeeder.EnquiriesQueue).GetConfigurationAsync());
        Assert.Empty(await audit.LatestAsync(10, Token));
    }

    [Fact]
    public async Task A_valid_change_is_stored_in_the_grain_and_audited()
    {
        var current = (await WhenSeededAsync()).Single(r => r.Name == DemoContactCentreSeeder.EnquiriesQueue).Configuration!;
        var changed = current with { MaxWait = current.MaxWait + TimeSpan.FromSeconds(30) };

        var outcome = await Queues.SaveAsync(Actor, changed, Token);

        Assert.True(outcome.Succeeded, outcome.Detail);
        Assert.Equal(changed, await client.Grains.GetGrain<IQueueGrain>(DemoContactCentreSeeder.EnquiriesQueue).GetConfigurationAsync());
        var entry = Assert.Single(await audit.LatestAsync(10, Token));
        Assert.Equal(("admin", GrainQueueAdministration.AuditActionName, "queue:enquiries"), (entry.Actor, entry.Action, entry.Target));
    }

    /// <summary>The queues once the demo seeder has configured both (the platform reports ready before its seeder finishes).</summary>
    private async Task<IReadOnlyList<QueueSetting>> WhenSeededAsync()
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(Token);
        deadline.CancelAfter(TimeSpan.FromSeconds(60));
        while (true)
        {
            var rows = await Queues.ListAsync(deadline.Token);
            if (rows.Count > 0 && rows.All(r => r.Configuration is not null))
            {
                return rows;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200), deadline.Token);
        }
    }
}
