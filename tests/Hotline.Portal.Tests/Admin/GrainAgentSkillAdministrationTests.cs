using System.Security.Claims;
using Hotline.Grains.Abstractions.Agents;
using Hotline.Portal.Administration;
using Hotline.Portal.Hosting;
using Hotline.Portal.Identity;
using Hotline.Portal.Live;
using Hotline.Portal.Tests.Access;
using Hotline.Portal.Tests.ContactCentre;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Hotline.Portal.Tests.Admin;

/// <summary>Agent skill administration against the real agent grains and queue registry of a running platform (demo contact centre) and a
/// SQLite identity store: agents listed with their grains' skills, the seeded queues' needs, a change stored in the grain and audited, an
/// agent without a profile given one, and a refused list or an unknown extension changing nothing.</summary>
[Trait("Category", "Integration")]
public sealed class GrainAgentSkillAdministrationTests(PortalHostFixture host) : IClassFixture<PortalHostFixture>, IAsyncLifetime
{
    private static readonly ClaimsPrincipal Actor = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "supervisor")], "test"));
    private readonly string folder = Directory.CreateTempSubdirectory("hotline-admin-skills-").FullName;
    // An extension unique to the test: the platform's agent grains are shared by the class's tests.
    private readonly string newcomer = "9" + Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
    private PlatformClient client = null!;
    private AuditLog audit = null!;
    private GrainAgentSkillAdministration skills = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        client = await PlatformClient.ConnectAsync(host.Portal.Settings.GatewayPort);
        var contexts = new PooledDbContextFactory<PortalIdentityDbContext>(
            new DbContextOptionsBuilder<PortalIdentityDbContext>().UseSqlite($"Data Source={Path.Combine(folder, "identity.db")}").Options);
        await using (var db = await contexts.CreateDbContextAsync(Token))
        {
            await db.Database.EnsureCreatedAsync(Token);
            db.Users.AddRange(
                new PortalUser { UserName = "8002", DisplayName = "坐席 8002", Extension = "8002" },
                new PortalUser { UserName = "newcomer", DisplayName = "新坐席", Extension = newcomer },
                new PortalUser { UserName = "supervisor", DisplayName = "主管" });
            await db.SaveChangesAsync(Token);
        }

        audit = new AuditLog(contexts, TimeProvider.System);
        skills = new GrainAgentSkillAdministration(client.Grains, new AgentDirectory(contexts), audit);
        await SeededAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await client.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Lists_the_agents_with_their_grain_skills_and_the_queues_needs()
    {
        var rows = await skills.ListAsync(Token);
        var demand = await skills.DemandAsync(Token);

        Assert.Equal(["8002", newcomer], rows.Select(r => r.Extension));
        Assert.Equal([new AgentSkill("complaint", 5), new AgentSkill("enquiry", 3)], rows[0].Skills);
        Assert.Null(rows[1].Skills);
        Assert.Contains(new SkillDemand("complaint", DemoContactCentreSeeder.ComplaintsQueue, 1), demand);
        Assert.Contains(new SkillDemand("enquiry", DemoContactCentreSeeder.EnquiriesQueue, 1), demand);
    }

    [Fact]
    public async Task A_change_is_stored_in_the_agent_grain_and_audited()
    {
        var outcome = await skills.SaveAsync(Actor, "8002", [new AgentSkill(" enquiry ", 7)], Token);

        Assert.True(outcome.Succeeded, outcome.Detail);
        var profile = await client.Grains.GetGrain<IAgentGrain>("8002").GetProfileAsync();
        Assert.Equal([new AgentSkill("enquiry", 7)], profile!.Skills);
        Assert.Equal(TimeSpan.FromSeconds(30), profile.WrapUp);
        var entry = Assert.Single(await audit.LatestAsync(10, Token));
        Assert.Equal(("supervisor", GrainAgentSkillAdministration.AuditActionName, "agent:8002", "enquiry 7 (was: complaint 5, enquiry 3)"),
            (entry.Actor, entry.Action, entry.Target, entry.Detail));
        await client.Grains.GetGrain<IAgentGrain>("8002").ConfigureAsync(profile with { Skills = [new AgentSkill("complaint", 5), new AgentSkill("enquiry", 3)] });
    }

    [Fact]
    public async Task An_agent_without_a_profile_gets_one_with_its_display_name()
    {
        var outcome = await skills.SaveAsync(Actor, newcomer, [new AgentSkill("enquiry", 2)], Token);

        Assert.True(outcome.Succeeded, outcome.Detail);
        var profile = (await client.Grains.GetGrain<IAgentGrain>(newcomer).GetProfileAsync())!;
        Assert.Equal((newcomer, "新坐席", GrainAgentSkillAdministration.DefaultWrapUp), (profile.Extension, profile.DisplayName, profile.WrapUp));
        Assert.Equal([new AgentSkill("enquiry", 2)], profile.Skills);
        Assert.Equal("enquiry 2 (was: no profile)", Assert.Single(await audit.LatestAsync(10, Token)).Detail);
    }

    [Fact]
    public async Task A_refused_list_or_an_unknown_extension_changes_nothing()
    {
        var level = await skills.SaveAsync(Actor, "8002", [new AgentSkill("complaint", 5), new AgentSkill("enquiry", 11)], Token);
        var unknown = await skills.SaveAsync(Actor, "8999", [new AgentSkill("enquiry", 3)], Token);

        Assert.Equal(new AdminOutcome(AgentSkillRules.LevelKey, "enquiry", "skill-1"), level);
        Assert.Equal(new AdminOutcome(GrainAgentSkillAdministration.UnknownAgentKey, "8999"), unknown);
        Assert.Equal([new AgentSkill("complaint", 5), new AgentSkill("enquiry", 3)], (await client.Grains.GetGrain<IAgentGrain>("8002").GetProfileAsync())!.Skills);
        Assert.Null(await client.Grains.GetGrain<IAgentGrain>("8999").GetProfileAsync());
        Assert.Empty(await audit.LatestAsync(10, Token));
    }

    /// <summary>Waits until the demo seeder has configured agent 8002 (the platform reports ready before its seeder finishes).</summary>
    private async Task SeededAsync()
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(Token);
        deadline.CancelAfter(TimeSpan.FromSeconds(60));
        while (await client.Grains.GetGrain<IAgentGrain>("8002").GetProfileAsync() is null)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), deadline.Token);
        }
    }
}
