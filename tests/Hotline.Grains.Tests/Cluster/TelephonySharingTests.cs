using Hotline.Grains.Abstractions.Calls;
using Hotline.Grains.Calls;
using Hotline.Grains.Tests.Calls;
using Hotline.Grains.Tests.Support;
using Hotline.Grains.Tests.Telephony;

namespace Hotline.Grains.Tests.Cluster;

/// <summary>
/// Two silos clustered through PostgreSQL, each with its own IVR catalog and number table kept by its own sync: an IVR flow saved and a number
/// bound through silo A reach silo B within a bounded wait, without a restart, and B's next call to that number is handed the flow saved on A.
/// </summary>
[Trait("Category", "Integration")]
public sealed class TelephonySharingTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_flow_and_number_saved_through_one_silo_are_used_by_the_other_silos_next_call()
    {
        await using var siloA = await TestSilo.StartAsync(database.Store, clusterThroughStore: true, clusterId: "hotline-telephony");
        await using var siloB = await TestSilo.StartAsync(database.Store, clusterThroughStore: true, clusterId: "hotline-telephony");
        var management = siloB.Grains.GetGrain<IManagementGrain>(0);
        await AcdScenario.EventuallyAsync(async () => (await management.GetHosts(onlyActive: true)).Count == 2,
            "both silos are active in one cluster", TimeSpan.FromSeconds(60));
        using var a = new TelephonyStoreNode(database.Store);
        using var b = new TelephonyStoreNode(database.Store);
        await a.CreateSchemaAsync();
        await a.Flows.SeedMissingAsync(a.Catalog.Names.ToDictionary(n => n, a.Catalog.Get), Token);
        await a.Numbers.SeedAsync(["12328"], CallFlows.Welcome, "服务热线", Token);
        await a.Sync.RefreshAsync(Token);
        b.Sync.PollInterval = TimeSpan.FromMilliseconds(250);
        await b.Sync.StartAsync(Token);
        await AcdScenario.EventuallyAsync(() => Task.FromResult(b.Table.Resolve("12328") is not null), "B loads the seeded registry", Bound);
        var welcome = b.Catalog.Get(CallFlows.Welcome);

        // Through A, as the editors do it: a new version of the welcome flow, a new flow, and a new number bound to it.
        var edited = await a.Flows.SaveAsync(CallFlows.Welcome, welcome with { Name = "欢迎（A 改）" }, "admin", Token);
        Assert.True(a.Catalog.Replace(CallFlows.Welcome, edited).IsValid);
        await a.Flows.SaveAsync("96196-menu", welcome with { Name = "96196 菜单" }, "admin", Token);
        await a.Numbers.AddAsync("96196", "96196-menu", "新热线", enabled: true, Token);

        var started = DateTime.UtcNow;
        await AcdScenario.EventuallyAsync(
            () => Task.FromResult(b.Table.Resolve("96196")?.Flow == "96196-menu" && b.Catalog.Get(CallFlows.Welcome).Version == edited.Version),
            "B's catalog and number table follow what A saved", Bound);
        Assert.True(DateTime.UtcNow - started < Bound);
        Assert.Equal("96196 菜单", b.Catalog.Get("96196-menu").Name);
        Assert.Equal("欢迎（A 改）", b.Catalog.Get(CallFlows.Welcome).Name);

        // B's next call to the new number: the call grain on B is handed the number's flow and asks B's node to run it.
        var node = new RecordingTelephonyNode();
        var callId = "sharing-" + Guid.NewGuid().ToString("N")[..8];
        var route = b.Table.Resolve("96196")!;
        await siloB.Grains.GetGrain<ICallGrain>(callId).OfferedAsync(
            new IncomingCallInfo("13800138000", "96196", null, DateTimeOffset.UtcNow, siloB.Grains.CreateObjectReference<ITelephonyNode>(node), route.Flow));
        Assert.True(node.Received($"ivr {callId} 96196-menu"), string.Join(", ", node.Commands));

        // Disabling through A: B stops answering the number.
        await a.Numbers.UpdateAsync("96196", "96196-menu", "新热线", enabled: false, Token);
        await AcdScenario.EventuallyAsync(() => Task.FromResult(b.Table.Resolve("96196") is null), "B stops answering the disabled number", Bound);
        await b.Sync.StopAsync(Token);
    }
}
