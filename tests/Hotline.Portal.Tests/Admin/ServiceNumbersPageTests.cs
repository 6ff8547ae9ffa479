using System.Security.Claims;
using Bunit;
using Hotline.Grains.Calls;
using Hotline.Grains.Telephony;
using Hotline.Grains.Telephony.Store;
using Hotline.Portal.Administration;
using Hotline.Portal.Components.Pages.Admin;
using Hotline.Portal.Identity;
using Hotline.Telephony.Ivr;
using Hotline.Telephony.Sip.Routing;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Hotline.Portal.Tests.Admin;

/// <summary>
/// 服务号码 as an editor on the real registry (SQLite), the real demo catalog and audit log: numbers are listed with their flow; a number is added,
/// rebound, disabled and removed, each change reaching this silo's number table (what the SIP service asks) and the audit log; bad input is
/// refused with Chinese field messages and nothing written.
/// </summary>
[Trait("Category", "Unit")]
public sealed class ServiceNumbersPageTests : FlowCatalogPageTest
{
    private ServiceNumberTable Table => Services.GetRequiredService<ServiceNumberTable>();

    private ServiceNumberStore Registry => Services.GetRequiredService<ServiceNumberStore>();

    [Fact]
    public async Task Each_number_shows_its_name_state_and_flow_with_the_flows_live_version_and_a_link_to_edit_it()
    {
        await AuditAsync();
        await Registry.AddAsync("96196", CallFlows.Survey, "满意度回访", enabled: false, Token);
        var welcome = Catalog.Get(CallFlows.Welcome);
        Assert.True(Catalog.Replace(CallFlows.Welcome, welcome with { Version = welcome.Version + 7 }).IsValid);
        await Registry.AddAsync("12328", CallFlows.Welcome, "服务热线", enabled: true, Token);

        var page = Show<ServiceNumbersPage>();

        Assert.Equal(["12328", "96196"], page.FindAll("[data-testid='numbers-table'] tbody tr").Select(tr => tr.QuerySelector("td")!.TextContent.Trim()));
        Assert.Equal((welcome.Version + 7).ToString(System.Globalization.CultureInfo.InvariantCulture), page.Find("[data-testid='service-number-version-12328']").TextContent.Trim());
        Assert.Equal($"/admin/ivr/{CallFlows.Welcome}", page.Find("[data-testid='service-number-flow-12328']").GetAttribute("href"));
        Assert.Equal($"/admin/ivr/{CallFlows.Survey}", page.Find("[data-testid='service-number-flow-96196']").GetAttribute("href"));
        Assert.Equal("满意度回访", page.Find("[data-testid='service-number-name-96196']").TextContent.Trim());
        Assert.Contains("已停用", page.Find("[data-testid='service-number-state-96196']").TextContent, StringComparison.Ordinal);
        Assert.Contains("已启用", page.Find("[data-testid='service-number-state-12328']").TextContent, StringComparison.Ordinal);
        Assert.Contains("无需重启", page.Find("[data-testid='numbers-where']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_added_number_is_stored_answered_by_this_silo_with_its_flow_and_audited()
    {
        var audit = await AuditAsync();
        var page = Show<ServiceNumbersPage>();

        page.Find("[data-testid='numbers-add']").Click();
        Type(page, "numbers-form-number", " 96196 ");
        Type(page, "numbers-form-name", "满意度回访");
        await ChooseAsync(page, "numbers-form-flow", CallFlows.QueueCallback);
        page.Find("[data-testid='numbers-save']").Click();

        page.WaitForAssertion(() => Assert.Contains("已新增号码 96196", page.Find("[data-testid='numbers-message']").TextContent, StringComparison.Ordinal));
        Assert.NotNull(page.Find("[data-testid='service-number-96196']"));
        var stored = Assert.Single(await Registry.ListAsync(Token));
        Assert.Equal(("96196", CallFlows.QueueCallback, "满意度回访", true), (stored.Number, stored.Flow, stored.DisplayName, stored.Enabled));
        Assert.Equal(new ServiceNumberRoute("96196", CallFlows.QueueCallback), Table.Resolve("96196"));
        var entry = Assert.Single(await audit.LatestAsync(10, Token));
        Assert.Equal(("admin", ServiceNumberDirectory.AuditActionName, "number:96196"), (entry.Actor, entry.Action, entry.Target));
    }

    [Theory]
    [InlineData("123-28", "服务热线", "号码只能由数字组成（可以 + 开头），最多 32 位：“123-28”")]
    [InlineData("12+328", "服务热线", "号码只能由数字组成")]
    [InlineData("", "服务热线", "号码只能由数字组成")]
    [InlineData("12328", "服务热线", "号码 12328 已存在")]
    [InlineData("96196", "  ", "名称不能为空")]
    public async Task Bad_input_is_refused_with_a_chinese_field_message_and_nothing_is_written(string number, string name, string expected)
    {
        var audit = await AuditAsync();
        await Registry.AddAsync("12328", CallFlows.Welcome, "原名", enabled: true, Token);
        var page = Show<ServiceNumbersPage>();

        page.Find("[data-testid='numbers-add']").Click();
        Type(page, "numbers-form-number", number);
        Type(page, "numbers-form-name", name);
        page.Find("[data-testid='numbers-save']").Click();

        page.WaitForAssertion(() => Assert.Contains(expected, page.Find("[data-testid='numbers-form']").TextContent, StringComparison.Ordinal));
        Assert.Contains("未保存", page.Find("[data-testid='numbers-message']").TextContent, StringComparison.Ordinal);
        var only = Assert.Single(await Registry.ListAsync(Token));
        Assert.Equal(("12328", "原名"), (only.Number, only.DisplayName));
        Assert.Empty(await audit.LatestAsync(10, Token));
    }

    [Fact]
    public async Task Rebinding_a_number_changes_the_flow_its_next_calls_run()
    {
        var audit = await AuditAsync();
        await Registry.AddAsync("12328", CallFlows.Welcome, "服务热线", enabled: true, Token);
        await Services.GetRequiredService<TelephonyCatalogSync>().RefreshAsync(Token);
        var page = Show<ServiceNumbersPage>();

        page.Find("[data-testid='service-number-edit-12328']").Click();
        Assert.Empty(page.FindAll("[data-testid='numbers-form-number']"));
        await ChooseAsync(page, "numbers-form-flow", CallFlows.QueueVoicemail);
        page.Find("[data-testid='numbers-save']").Click();

        page.WaitForAssertion(() => Assert.Contains("已保存号码 12328", page.Find("[data-testid='numbers-message']").TextContent, StringComparison.Ordinal));
        Assert.Equal(CallFlows.QueueVoicemail, Table.Resolve("12328")?.Flow);
        Assert.Equal($"/admin/ivr/{CallFlows.QueueVoicemail}", page.Find("[data-testid='service-number-flow-12328']").GetAttribute("href"));
        var entry = Assert.Single(await audit.LatestAsync(10, Token));
        Assert.Contains($"flow {CallFlows.Welcome} -> {CallFlows.QueueVoicemail}", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_disabled_number_is_no_longer_answered_and_enabling_it_brings_it_back()
    {
        await AuditAsync();
        await Registry.AddAsync("12328", CallFlows.Welcome, "服务热线", enabled: true, Token);
        await Services.GetRequiredService<TelephonyCatalogSync>().RefreshAsync(Token);
        var page = Show<ServiceNumbersPage>();
        Assert.NotNull(Table.Resolve("12328"));

        page.Find("[data-testid='service-number-toggle-12328']").Click();

        page.WaitForAssertion(() => Assert.Contains("已停用号码 12328", page.Find("[data-testid='numbers-message']").TextContent, StringComparison.Ordinal));
        Assert.Null(Table.Resolve("12328"));
        Assert.False(Assert.Single(await Registry.ListAsync(Token)).Enabled);

        page.Find("[data-testid='service-number-toggle-12328']").Click();
        page.WaitForAssertion(() => Assert.Contains("已启用号码 12328", page.Find("[data-testid='numbers-message']").TextContent, StringComparison.Ordinal));
        Assert.Equal(CallFlows.Welcome, Table.Resolve("12328")?.Flow);
    }

    [Fact]
    public async Task A_number_is_removed_only_after_confirming_and_is_then_refused()
    {
        var audit = await AuditAsync();
        await Registry.AddAsync("12328", CallFlows.Welcome, "服务热线", enabled: true, Token);
        await Registry.AddAsync("96196", CallFlows.Welcome, "服务热线", enabled: true, Token);
        await Services.GetRequiredService<TelephonyCatalogSync>().RefreshAsync(Token);
        var page = Show<ServiceNumbersPage>();

        page.Find("[data-testid='service-number-remove-96196']").Click();
        Assert.Equal(2, (await Registry.ListAsync(Token)).Count);
        page.Find("[data-testid='service-number-remove-confirm-96196']").Click();

        page.WaitForAssertion(() => Assert.Contains("已删除号码 96196", page.Find("[data-testid='numbers-message']").TextContent, StringComparison.Ordinal));
        Assert.Equal(["12328"], (await Registry.ListAsync(Token)).Select(n => n.Number));
        Assert.Empty(page.FindAll("[data-testid='service-number-96196']"));
        Assert.Null(Table.Resolve("96196"));
        Assert.NotNull(Table.Resolve("12328"));
        Assert.Equal("removed", Assert.Single(await audit.LatestAsync(10, Token)).Detail);
    }

    [Fact]
    public async Task A_number_can_be_bound_only_to_an_existing_flow_that_validates()
    {
        var audit = await AuditAsync();
        var welcome = Catalog.Get(CallFlows.Welcome);
        // A catalog holding a flow that does not validate (a node pointing nowhere), as a damaged store could leave it.
        var catalog = new IvrFlowCatalog(new Dictionary<string, IvrFlow>
        {
            [CallFlows.Welcome] = welcome,
            ["broken"] = welcome with { Start = "nowhere" },
        });
        var directory = new ServiceNumberDirectory(Registry, catalog, Services.GetRequiredService<TelephonyCatalogSync>(), audit);
        var actor = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin")], "test"));

        var unknown = await directory.AddAsync(actor, new ServiceNumberForm { Number = "96196", DisplayName = "回访", Flow = "no-such-flow" }, Token);
        var invalid = await directory.AddAsync(actor, new ServiceNumberForm { Number = "96196", DisplayName = "回访", Flow = "broken" }, Token);

        Assert.Equal(("NumbersErrorFlowUnknown", ServiceNumberDirectory.FlowField), (unknown.RefusalKey, unknown.Field));
        Assert.Equal(("NumbersErrorFlowInvalid", ServiceNumberDirectory.FlowField), (invalid.RefusalKey, invalid.Field));
        Assert.Contains("nowhere", invalid.Detail, StringComparison.Ordinal);
        Assert.Empty(await Registry.ListAsync(Token));
        Assert.Empty(await audit.LatestAsync(10, Token));
        Assert.True((await directory.AddAsync(actor, new ServiceNumberForm { Number = "+8696196", DisplayName = "回访", Flow = CallFlows.Welcome }, Token)).Succeeded);
    }
}
