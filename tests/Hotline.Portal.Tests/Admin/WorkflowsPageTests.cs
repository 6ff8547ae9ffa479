using Bunit;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Tickets.Workflow;
using Hotline.Portal.Administration;
using Hotline.Portal.Components.Pages.Admin;

namespace Hotline.Portal.Tests.Admin;

/// <summary>The workflow page on the real store: steps and roles per type shown in Chinese, an edited JSON saved through the catalog and audited,
/// a document with an unknown role, a dropped action or broken JSON refused with its reason and nothing stored.</summary>
[Trait("Category", "Unit")]
public sealed class WorkflowsPageTests : TicketCatalogPageTest
{
    [Fact]
    public async Task Shows_each_types_steps_and_the_roles_per_action()
    {
        await CreateStoresAsync();
        var page = Show<WorkflowsPage>();

        page.WaitForAssertion(() => Assert.Equal("派单：经过", Text(page, "workflow-step-Complaint-Dispatch")));
        Assert.Equal("派单：跳过", Text(page, "workflow-step-Enquiry-Dispatch"));
        Assert.Equal("回访：跳过", Text(page, "workflow-step-Suggestion-ReturnVisit"));
        Assert.Equal("客服主管、客服经理、管理员", Text(page, "workflow-roles-Complaint-review"));
        Assert.StartsWith("承办单位", Text(page, "workflow-roles-Complaint-reply"), StringComparison.Ordinal);
        Assert.Contains("申请延期", page.Find("[data-testid='workflow-Complaint']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edited_workflow_is_saved_through_the_catalog_and_audited()
    {
        await CreateStoresAsync();
        var page = Show<WorkflowsPage>();
        page.WaitForAssertion(() => page.Find("[data-testid='workflow-edit-Praise']").Click());
        var edited = TicketWorkflowDefaults.For(TicketType.Praise) with { Review = false };

        page.Find("textarea").Change(WorkflowDocument.Write(edited));
        page.Find("[data-testid='workflow-save']").Click();

        page.WaitForAssertion(() => Assert.Contains("“表扬”的流程已保存", Text(page, "workflow-message"), StringComparison.Ordinal));
        Assert.Equal("审核：跳过", Text(page, "workflow-step-Praise-Review"));
        await using var db = Store();
        Assert.False((await TicketWorkflowCatalog.ForAsync(db, TicketType.Praise, Token)).Review);
        var entry = Assert.Single(await AuditedAsync());
        Assert.Equal(("admin", StoreTicketWorkflowAdministration.AuditActionName, "workflow:Praise"), (entry.Actor, entry.Action, entry.Target));
    }

    [Theory]
    [InlineData("{\"dispatch\": false,", "JSON 格式有误")]
    [InlineData("{\"dispatch\": false, \"reveiw\": false}", "JSON 格式有误")]
    [InlineData("REVIEW_JANITOR", "“roles”中的角色不存在：review: janitor")]
    [InlineData("NO_REVIEW", "操作“review”没有任何可执行角色")]
    public async Task An_invalid_document_shows_its_reason_and_stores_nothing(string json, string expected)
    {
        await CreateStoresAsync();
        var defaults = TicketWorkflowDefaults.For(TicketType.Complaint);
        var roles = new Dictionary<string, string[]>(defaults.Roles, StringComparer.Ordinal);
        if (json == "REVIEW_JANITOR")
            roles["review"] = ["supervisor", "janitor"];
        else
            roles.Remove("review");
        var document = json.StartsWith('{') ? json : WorkflowDocument.Write(defaults with { Roles = roles });
        var page = Show<WorkflowsPage>();
        page.WaitForAssertion(() => page.Find("[data-testid='workflow-edit-Complaint']").Click());

        page.Find("textarea").Change(document);
        page.Find("[data-testid='workflow-save']").Click();

        page.WaitForAssertion(() => Assert.Contains(expected, Text(page, "workflow-issues"), StringComparison.Ordinal));
        await using var db = Store();
        var stored = await TicketWorkflowCatalog.ForAsync(db, TicketType.Complaint, Token);
        Assert.Equal((defaults.Dispatch, defaults.Review), (stored.Dispatch, stored.Review));
        Assert.Equal(defaults.Roles["review"], stored.Roles["review"]);
        Assert.Empty(await AuditedAsync());
    }
}
