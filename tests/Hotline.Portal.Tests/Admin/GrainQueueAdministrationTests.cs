using System.Security.Claims;
using Hotline.Grains.Abstractions.Queues;
using Hotline.Grains.Telephony;
using Hotline.Portal.Administration;
using Hotline.Portal.Hosting;
using Hotline.Portal.Identity;
using Hotline.Portal.Tests.Access;
using Hotline.Portal.Tests.ContactCentre;
using Hotline.Grains.Calls;
using Hotline.Telephony.Ivr;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Hotline.Portal.Tests.Admin;

/// <summary>Queue administration against the real queue registry and queue grains of a running platform (demo contact centre): the seeded
/// queues are listed with their rules, a change is stored and audited, the grain's refusal comes back as its text with nothing stored, new
/// queues are created and retired (audited), a flow's unregistered queue is flagged, and a retirement is refused naming the routing flow or
/// the waiting calls.</summary>
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

    // Queue names unique to the test: the platform (and its registry) is shared by the class's tests.
    private readonly string run = Guid.NewGuid().ToString("N")[..8];

    private string Name(string name) => $"{name}-{run}";

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

    [Fact]
    public async Task A_created_queue_is_listed_registered_stored_and_audited()
    {
        await WhenSeededAsync();
        var rules = new QueueConfiguration { Name = Name("night"), Skill = "enquiry", MinimumLevel = 2, OverflowQueue = DemoContactCentreSeeder.EnquiriesQueue };

        var outcome = await Queues.CreateAsync(Actor, rules, Token);

        Assert.True(outcome.Succeeded, outcome.Detail);
        var row = Assert.Single(await Queues.ListAsync(Token), r => r.Name == rules.Name);
        Assert.Equal((true, rules), (row.Registered, row.Configuration));
        Assert.Contains(rules.Name, Assert.Single(await Queues.ListAsync(Token), r => r.Name == DemoContactCentreSeeder.EnquiriesQueue).OverflowFrom);
        var entry = Assert.Single(await audit.LatestAsync(10, Token));
        Assert.Equal(("admin", GrainQueueAdministration.CreateActionName, $"queue:{rules.Name}"), (entry.Actor, entry.Action, entry.Target));
    }

    [Theory]
    [InlineData("Night Shift", GrainQueueAdministration.NameInvalidKey)]
    [InlineData(DemoContactCentreSeeder.ComplaintsQueue, GrainQueueAdministration.NameTakenKey)]
    public async Task A_bad_or_taken_name_is_refused_at_the_name_field_and_nothing_changes(string name, string key)
    {
        var before = await WhenSeededAsync();

        var outcome = await Queues.CreateAsync(Actor, new QueueConfiguration { Name = name, Skill = "other" }, Token);

        Assert.Equal(new AdminOutcome(key, name, QueueField.Name), outcome);
        Assert.Equal(Summary(before), Summary((await Queues.ListAsync(Token)).Where(r => !CreatedHere(r.Name))));
        Assert.Empty(await audit.LatestAsync(10, Token));
    }

    [Fact]
    public async Task A_missing_skill_and_an_unregistered_overflow_are_refused_at_their_fields()
    {
        await WhenSeededAsync();

        var skill = await Queues.CreateAsync(Actor, new QueueConfiguration { Name = Name("noskill"), Skill = " " }, Token);
        var overflow = await Queues.CreateAsync(Actor, new QueueConfiguration { Name = Name("spill"), Skill = "enquiry", OverflowQueue = Name("nowhere") }, Token);

        Assert.Equal((GrainQueueAdministration.SkillMissingKey, QueueField.Skill), (skill.RefusalKey, skill.Field));
        Assert.Equal(new AdminOutcome(GrainQueueAdministration.OverflowNotRegisteredKey, Name("nowhere"), QueueField.Overflow), overflow);
        Assert.DoesNotContain(await Queues.ListAsync(Token), r => r.Name.EndsWith(run, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_queue_a_flow_routes_to_is_not_retired_and_the_refusal_names_the_flow()
    {
        await WhenSeededAsync();

        var outcome = await Queues.RetireAsync(Actor, DemoContactCentreSeeder.ComplaintsQueue, Token);

        Assert.Equal(new AdminOutcome(GrainQueueAdministration.RoutedByFlowKey, "12328"), outcome);
        Assert.NotNull(await client.Grains.GetGrain<IQueueGrain>(DemoContactCentreSeeder.ComplaintsQueue).GetConfigurationAsync());
        Assert.Contains(DemoContactCentreSeeder.ComplaintsQueue, await client.Grains.GetGrain<IQueueRegistryGrain>(0).ListAsync());
    }

    [Fact]
    public async Task A_queue_with_a_waiting_call_is_not_retired_and_the_refusal_counts_the_calls()
    {
        await WhenSeededAsync();
        var name = Name("busy");
        await Queues.CreateAsync(Actor, new QueueConfiguration { Name = name, Skill = Name("nobody") }, Token);
        await client.Grains.GetGrain<IQueueGrain>(name).EnqueueAsync(new QueuedCall(Name("call"), "13900000000", 0, DateTimeOffset.UtcNow));

        var outcome = await Queues.RetireAsync(Actor, name, Token);

        Assert.Equal(new AdminOutcome(GrainQueueAdministration.CallsWaitingKey, "1"), outcome);
        Assert.True(Assert.Single(await Queues.ListAsync(Token), r => r.Name == name).Registered);
        Assert.Equal(GrainQueueAdministration.CreateActionName, Assert.Single(await audit.LatestAsync(10, Token)).Action);
        await client.Grains.GetGrain<IQueueGrain>(name).AbandonAsync(Name("call"));
    }

    [Fact]
    public async Task A_queue_nothing_uses_is_retired_audited_and_gone_from_the_list()
    {
        await WhenSeededAsync();
        var name = Name("spare");
        await Queues.CreateAsync(Actor, new QueueConfiguration { Name = name, Skill = "enquiry" }, Token);

        var outcome = await Queues.RetireAsync(Actor, name, Token);

        Assert.True(outcome.Succeeded, outcome.Detail);
        Assert.DoesNotContain(await Queues.ListAsync(Token), r => r.Name == name);
        Assert.Null(await client.Grains.GetGrain<IQueueGrain>(name).GetConfigurationAsync());
        Assert.Equal((GrainQueueAdministration.RetireActionName, $"queue:{name}"), (await audit.LatestAsync(1, Token)).Select(e => (e.Action, e.Target)).Single());
    }

    [Fact]
    public async Task A_queue_a_flow_routes_to_without_registration_is_listed_flagged_with_the_flow()
    {
        await WhenSeededAsync();
        var name = Name("vip");
        var flows = IvrFlowCatalog.Demo();
        var welcome = flows.Get(CallFlows.Welcome);
        var vipFlow = welcome with { Nodes = new Dictionary<string, IvrNode>(welcome.Nodes) { ["toComplaints"] = new RouteToQueueNode { Queue = name } } };
        var catalog = new IvrFlowCatalog(new Dictionary<string, IvrFlow> { [CallFlows.Welcome] = vipFlow });

        var row = Assert.Single(await new GrainQueueAdministration(client.Grains, catalog, audit).ListAsync(Token), r => r.Name == name);

        Assert.False(row.Registered);
        Assert.Null(row.Configuration);
        Assert.Equal([CallFlows.Welcome], row.RoutedBy);
    }

    private static IEnumerable<(string, bool, QueueConfiguration?)> Summary(IEnumerable<QueueSetting> rows) =>
        rows.Select(r => (r.Name, r.Registered, r.Configuration));

    /// <summary>True for a queue one of this class's tests created (they share the platform): its name ends in a test's run id.</summary>
    private static bool CreatedHere(string name) => System.Text.RegularExpressions.Regex.IsMatch(name, "-[0-9a-f]{8}$");

    /// <summary>The demo queues (those no test here created) once the seeder has configured them (the platform reports ready before its seeder finishes).</summary>
    private async Task<IReadOnlyList<QueueSetting>> WhenSeededAsync()
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(Token);
        deadline.CancelAfter(TimeSpan.FromSeconds(60));
        while (true)
        {
            var rows = await Queues.ListAsync(deadline.Token);
            var demo = rows.Where(r => !CreatedHere(r.Name)).ToList();
            if (demo.Count > 0 && demo.All(r => r.Configuration is not null))
            {
                return demo;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200), deadline.Token);
        }
    }
}
