using Hotline.Grains.Calls;
using Hotline.Grains.Telephony;
using Hotline.Grains.Tests.Support;
using Hotline.Telephony.Ivr;
using Hotline.Telephony.Sip.Routing;

namespace Hotline.Grains.Tests.Telephony;

/// <summary>
/// The telephony registry on the operational store: tables added to an existing store, service numbers added, rebound, disabled and removed,
/// IVR flows kept as numbered versions, seeding that never overwrites, and every change raising the counter another silo's sync follows.
/// </summary>
[Trait("Category", "Integration")]
public abstract class TelephonyStoreContract
{
    /// <summary>A store no other test uses.</summary>
    protected abstract Task<TestStore> FreshStoreAsync();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<TelephonyStoreNode> NodeAsync()
    {
        var node = new TelephonyStoreNode(await FreshStoreAsync());
        await node.CreateSchemaAsync();
        return node;
    }

    [Fact]
    public async Task The_tables_are_added_to_an_existing_store_once_and_the_counter_starts_at_zero()
    {
        using var node = await NodeAsync();
        await node.CreateSchemaAsync();

        Assert.Equal(0, await node.ChangeVersionAsync());
        Assert.Empty(await node.Numbers.ListAsync(Token));
        Assert.Empty(await node.Flows.LatestAsync(Token));
    }

    [Fact]
    public async Task Numbers_are_added_rebound_disabled_and_removed_and_each_change_raises_the_counter()
    {
        using var node = await NodeAsync();

        Assert.True(await node.Numbers.AddAsync("12328", CallFlows.Welcome, "服务热线", enabled: true, Token));
        Assert.True(await node.Numbers.AddAsync("+8696196", CallFlows.Survey, "回访", enabled: true, Token));
        Assert.False(await node.Numbers.AddAsync("12328", CallFlows.Survey, "重复", enabled: true, Token));
        Assert.Equal(2, await node.ChangeVersionAsync());

        Assert.True(await node.Numbers.UpdateAsync("12328", CallFlows.QueueVoicemail, "服务热线（留言）", enabled: false, Token));
        Assert.False(await node.Numbers.UpdateAsync("99999", CallFlows.Welcome, "无", enabled: true, Token));
        var rebound = (await node.Numbers.ListAsync(Token)).Single(n => n.Number == "12328");
        Assert.Equal((CallFlows.QueueVoicemail, "服务热线（留言）", false), (rebound.Flow, rebound.DisplayName, rebound.Enabled));
        Assert.Equal(3, await node.ChangeVersionAsync());

        Assert.True(await node.Numbers.RemoveAsync("+8696196", Token));
        Assert.False(await node.Numbers.RemoveAsync("+8696196", Token));
        Assert.Equal(["12328"], (await node.Numbers.ListAsync(Token)).Select(n => n.Number));
        Assert.Equal(4, await node.ChangeVersionAsync());
    }

    [Theory]
    [InlineData("123-28")]
    [InlineData("12+328")]
    [InlineData("+")]
    [InlineData("")]
    [InlineData("123456789012345678901234567890123")]
    public async Task A_number_that_is_not_digits_is_refused_naming_it_and_nothing_is_written(string number)
    {
        using var node = await NodeAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => node.Numbers.AddAsync(number, CallFlows.Welcome, "服务热线", enabled: true, Token));

        Assert.Contains($"'{number}'", error.Message, StringComparison.Ordinal);
        Assert.Empty(await node.Numbers.ListAsync(Token));
        Assert.Equal(0, await node.ChangeVersionAsync());
    }

    [Fact]
    public async Task Seeding_fills_only_an_empty_registry_so_edits_survive_a_restart()
    {
        using var node = await NodeAsync();

        Assert.Equal(2, await node.Numbers.SeedAsync(["12328", "96196", "12328"], CallFlows.Welcome, "服务热线", Token));
        Assert.True(await node.Numbers.UpdateAsync("96196", CallFlows.Survey, "回访", enabled: false, Token));
        Assert.Equal(0, await node.Numbers.SeedAsync(["12328", "96196", "12345"], CallFlows.Welcome, "服务热线", Token));

        var rows = await node.Numbers.ListAsync(Token);
        Assert.Equal(["12328", "96196"], rows.Select(n => n.Number));
        Assert.Equal((CallFlows.Survey, false), (rows[1].Flow, rows[1].Enabled));
    }

    [Fact]
    public async Task Flows_are_kept_as_versions_and_a_save_from_a_stale_catalog_still_becomes_the_newest()
    {
        using var node = await NodeAsync();
        var demo = IvrFlowCatalog.Demo();
        var seeded = await node.Flows.SeedMissingAsync(demo.Names.ToDictionary(n => n, demo.Get), Token);
        Assert.Equal(demo.Names, seeded);
        var welcome = demo.Get(CallFlows.Welcome);

        var second = await node.Flows.SaveAsync(CallFlows.Welcome, welcome with { Name = "第二版" }, "admin", Token);
        // An editor whose catalog still holds the first version saves "version + 1" again: the store numbers it above the newest.
        var third = await node.Flows.SaveAsync(CallFlows.Welcome, welcome with { Name = "第三版", Version = welcome.Version + 1 }, "operator", Token);

        Assert.Equal((welcome.Version + 1, welcome.Version + 2), (second.Version, third.Version));
        var latest = (await node.Flows.LatestAsync(Token)).Single(f => f.Name == CallFlows.Welcome);
        Assert.Equal(("第三版", welcome.Version + 2, "operator"), (latest.Flow.Name, latest.Flow.Version, latest.SavedBy));
        Assert.Equal([welcome.Version + 2, welcome.Version + 1, welcome.Version], (await node.Flows.HistoryAsync(CallFlows.Welcome, Token)).Select(f => f.Flow.Version));
        Assert.Equal(demo.Names.Count, (await node.Flows.LatestAsync(Token)).Count);

        // Seeding again (a restart, or another silo starting) adds nothing and keeps the newest version.
        Assert.Empty(await node.Flows.SeedMissingAsync(demo.Names.ToDictionary(n => n, demo.Get), Token));
        Assert.Equal("第三版", (await node.Flows.LatestAsync(Token)).Single(f => f.Name == CallFlows.Welcome).Flow.Name);
    }

    [Fact]
    public async Task Another_silos_sync_picks_up_numbers_and_flows_and_reloads_only_after_a_change()
    {
        var store = await FreshStoreAsync();
        using var a = new TelephonyStoreNode(store);
        using var b = new TelephonyStoreNode(store);
        await a.CreateSchemaAsync();
        Assert.True(await b.Sync.RefreshAsync(Token));
        Assert.False(await b.Sync.RefreshAsync(Token));
        var welcome = a.Catalog.Get(CallFlows.Welcome);

        await a.Numbers.AddAsync("96196", "96196-menu", "新热线", enabled: true, Token);
        await a.Flows.SaveAsync("96196-menu", welcome with { Name = "新热线菜单" }, "admin", Token);
        await a.Flows.SaveAsync(CallFlows.Welcome, welcome with { Name = "改过的欢迎" }, "admin", Token);
        await a.Numbers.AddAsync("12328", CallFlows.Welcome, "服务热线", enabled: false, Token);

        Assert.True(await b.Sync.RefreshAsync(Token));
        Assert.Equal(new ServiceNumberRoute("96196", "96196-menu"), b.Table.Resolve("96196"));
        Assert.Null(b.Table.Resolve("12328"));
        Assert.Equal("新热线菜单", b.Catalog.Get("96196-menu").Name);
        // The store held no version of the welcome flow, so the save keeps the flow's own version.
        Assert.Equal(("改过的欢迎", welcome.Version), (b.Catalog.Get(CallFlows.Welcome).Name, b.Catalog.Get(CallFlows.Welcome).Version));
        Assert.False(await b.Sync.RefreshAsync(Token));

        await a.Numbers.RemoveAsync("96196", Token);
        Assert.True(await b.Sync.RefreshAsync(Token));
        Assert.Null(b.Table.Resolve("96196"));
    }

    [Fact]
    public async Task A_stored_flow_that_does_not_validate_is_not_loaded_and_the_catalog_keeps_its_last_good_version()
    {
        var store = await FreshStoreAsync();
        using var a = new TelephonyStoreNode(store);
        using var b = new TelephonyStoreNode(store);
        await a.CreateSchemaAsync();
        var welcome = a.Catalog.Get(CallFlows.Welcome);

        await a.Flows.SaveAsync(CallFlows.Welcome, welcome with { Start = "nowhere" }, "script", Token);
        await b.Sync.RefreshAsync(Token);

        Assert.Equal(welcome.Start, b.Catalog.Get(CallFlows.Welcome).Start);
        Assert.Equal(welcome.Version, b.Catalog.Get(CallFlows.Welcome).Version);
        Assert.False(IvrFlowValidator.Validate((await b.Flows.LatestAsync(Token)).Single().Flow).IsValid);
    }
}
