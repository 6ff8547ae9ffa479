using Bunit;
using Hotline.Grains.Calls;
using Hotline.Grains.Telephony;
using Hotline.Grains.Telephony.Store;
using Hotline.Portal.Administration;
using Hotline.Portal.Components.Pages.Admin;
using Hotline.Portal.Identity;
using Hotline.Telephony.Ivr;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Portal.Tests.Admin;

/// <summary>The IVR flow editor on the real demo catalog, the real audit log (SQLite) and a fresh data folder: broken JSON and invalid
/// flows are refused in Chinese naming node and field with nothing saved; a valid flow goes into the catalog and, as a new version, into the
/// operational store (which every silo follows) and is audited.</summary>
[Trait("Category", "Unit")]
public sealed class IvrFlowPageTests : FlowCatalogPageTest
{
    private async Task<IReadOnlyList<StoredIvrFlow>> StoredWelcomeAsync() =>
        await Services.GetRequiredService<IvrFlowStore>().HistoryAsync(CallFlows.Welcome, Token);

    [Fact]
    public void The_list_shows_every_catalog_flow_with_its_version()
    {
        var page = Show<IvrFlowsPage>();

        foreach (var name in Catalog.Names)
        {
            Assert.Equal(Catalog.Get(name).Version.ToString(System.Globalization.CultureInfo.InvariantCulture), page.Find($"[data-testid='ivr-version-{name}']").TextContent);
        }
        Assert.Contains(CallFlows.Survey, page.Find("[data-testid='ivr-flows']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broken_json_is_refused_with_its_line_and_nothing_is_saved()
    {
        var audit = await AuditAsync();
        var before = Catalog.Get(CallFlows.Welcome);
        var page = Open();

        Edit(page, "{ \"id\": \"12328\",\n  \"start\": ");
        page.Find("[data-testid='ivr-save']").Click();

        page.WaitForAssertion(() => Assert.Contains("JSON 格式错误（第 2 行", page.Find("[data-testid='ivr-errors']").TextContent, StringComparison.Ordinal));
        Assert.Contains("流程有错误，未保存", page.Find("[data-testid='ivr-summary']").TextContent, StringComparison.Ordinal);
        Assert.Same(before, Catalog.Get(CallFlows.Welcome));
        Assert.Equal([before.Version], (await StoredWelcomeAsync()).Select(f => f.Flow.Version));
        Assert.Empty(await audit.LatestAsync(10, Token));
    }

    [Fact]
    public async Task An_invalid_flow_names_the_node_and_field_in_chinese_and_saves_nothing()
    {
        var audit = await AuditAsync();
        var before = Catalog.Get(CallFlows.Welcome);
        var broken = before with { Nodes = new Dictionary<string, IvrNode>(before.Nodes, StringComparer.Ordinal) { ["hours"] = ((TimeBranchNode)before.Nodes["hours"]) with { Open = "nowhere" } } };
        var page = Open();

        Edit(page, IvrFlowJson.Serialize(broken));
        page.Find("[data-testid='ivr-validate']").Click();
        page.WaitForAssertion(() => Assert.Contains("节点“hours”的字段“open”：指向不存在的节点“nowhere”", page.Find("[data-testid='ivr-errors']").TextContent, StringComparison.Ordinal));
        page.Find("[data-testid='ivr-save']").Click();

        page.WaitForAssertion(() => Assert.Contains("未保存", page.Find("[data-testid='ivr-summary']").TextContent, StringComparison.Ordinal));
        Assert.Same(before, Catalog.Get(CallFlows.Welcome));
        Assert.Equal([before.Version], (await StoredWelcomeAsync()).Select(f => f.Flow.Version));
        Assert.Empty(await audit.LatestAsync(10, Token));
    }

    [Fact]
    public void Changing_the_flow_id_is_refused()
    {
        var page = Open();

        Edit(page, IvrFlowJson.Serialize(Catalog.Get(CallFlows.Welcome) with { Id = "99999" }));
        page.Find("[data-testid='ivr-validate']").Click();

        page.WaitForAssertion(() => Assert.Contains("流程字段“id”：流程 id 不能修改，必须保持为“12328”", page.Find("[data-testid='ivr-errors']").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_valid_flow_is_saved_to_the_catalog_and_the_store_as_a_new_version_and_audited()
    {
        var audit = await AuditAsync();
        var before = Catalog.Get(CallFlows.Welcome);
        var welcome = (CollectNode)before.Nodes["welcome"];
        var edited = before with
        {
            Nodes = new Dictionary<string, IvrNode>(before.Nodes, StringComparer.Ordinal) { ["welcome"] = welcome with { InvalidPrompt = new IvrPrompt { Say = "输入有误，请再按一次。" } } },
        };
        var page = Open();

        Edit(page, IvrFlowJson.Serialize(edited));
        page.Find("[data-testid='ivr-save']").Click();

        page.WaitForAssertion(() => Assert.Contains($"已保存为第 {before.Version + 1} 版", page.Find("[data-testid='ivr-summary']").TextContent, StringComparison.Ordinal));
        var now = Catalog.Get(CallFlows.Welcome);
        Assert.Equal(before.Version + 1, now.Version);
        Assert.Equal("输入有误，请再按一次。", ((CollectNode)now.Nodes["welcome"]).InvalidPrompt?.Say);
        var stored = await StoredWelcomeAsync();
        Assert.Equal([before.Version + 1, before.Version], stored.Select(f => f.Flow.Version));
        Assert.Equal(("admin", "输入有误，请再按一次。"), (stored[0].SavedBy, ((CollectNode)stored[0].Flow.Nodes["welcome"]).InvalidPrompt?.Say));
        var entry = Assert.Single(await audit.LatestAsync(10, Token));
        Assert.Equal(("admin", IvrFlowAdministration.AuditActionName, "ivr:12328"), (entry.Actor, entry.Action, entry.Target));
        // Another silo (or this one after a restart) loads the stored version, not the built-in flow.
        var elsewhere = IvrFlowCatalog.Demo();
        Assert.True(await new TelephonyCatalogSync(
            Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<TelephonyDbContext>>(), Services.GetRequiredService<ServiceNumberStore>(),
            Services.GetRequiredService<IvrFlowStore>(), new ServiceNumberTable(), elsewhere, TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<TelephonyCatalogSync>.Instance).RefreshAsync(Token));
        Assert.Equal(now.Version, elsewhere.Get(CallFlows.Welcome).Version);
    }

    [Fact]
    public void An_unknown_flow_says_so()
    {
        var page = Show<IvrFlowPage>(p => p.Add(x => x.Name, "no-such-flow"));

        Assert.Contains("找不到 IVR 流程“no-such-flow”", page.Find("[data-testid='ivr-unknown']").TextContent, StringComparison.Ordinal);
    }

    private IRenderedComponent<IvrFlowPage> Open() => Show<IvrFlowPage>(p => p.Add(x => x.Name, CallFlows.Welcome));

    private static void Edit(IRenderedComponent<IvrFlowPage> page, string json) => page.Find("textarea").Change(json);
}
