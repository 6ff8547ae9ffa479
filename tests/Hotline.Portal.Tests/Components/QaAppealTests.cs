using Bunit;
using Hotline.Grains.Abstractions.People;
using Hotline.Portal.Components.Pages.Qa;
using Hotline.Portal.Identity;
using Hotline.Qa.Review;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Portal.Tests.Components;

/// <summary>The answer to a finished review on the real QA stores: the agent sees the result and acknowledges or appeals it (never without a
/// reason), and a QA lead decides the appeal (never without a choice and a comment), audited and put in the agent's archive.</summary>
[Trait("Category", "Unit")]
public sealed class QaAppealTests : QaPageTest
{
    private const string CallId = "call-qa-appeal";

    private static CancellationToken Token => Xunit.TestContext.Current.CancellationToken;

    // Scored, claimed and completed by the inspector: waiting for agent 8001's answer.
    private async Task ReviewedAsync()
    {
        await SeedCallAsync(CallId);
        await Qa.Reviews.ClaimNextAsync(Inspector, Token);
        await Qa.Reviews.CompleteAsync(CallId, Inspector, "开场规范，结束语缺失", Token);
    }

    private readonly SignedIn signedIn = new();

    public QaAppealTests() => Services.AddSingleton<AuthenticationStateProvider>(signedIn);

    private async Task SignedInAsync(string name, string role)
    {
        (signedIn.Name, signedIn.Role) = (name, role);
        await AuditAsync();
        await using (var db = await Services.GetRequiredService<IDbContextFactory<PortalIdentityDbContext>>().CreateDbContextAsync(Token))
        {
            db.Users.Add(new PortalUser { UserName = "8001", NormalizedUserName = "8001", Extension = "8001", DisplayName = "坐席8001" });
            await db.SaveChangesAsync(Token);
        }
    }

    [Fact]
    public async Task The_agent_sees_the_result_and_acknowledges_it()
    {
        await ReviewedAsync();
        await SignedInAsync("8001", PlatformRole.Agent);
        await ArchiveAsync();

        var page = Show<MyQaPage>();

        page.WaitForAssertion(() => Assert.Contains("复核后 50", page.Find($"[data-testid=qa-result-{CallId}]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Contains("质检员意见：开场规范，结束语缺失", page.Find($"[data-testid=qa-result-{CallId}]").TextContent, StringComparison.Ordinal);
        page.Find("[data-testid=qa-acknowledge]").Click();

        page.WaitForAssertion(() => Assert.Equal("坐席已确认", page.Find("[data-testid=qa-result-status]").TextContent.Trim()), TimeSpan.FromSeconds(30));
        Assert.Equal(ReviewStatus.Acknowledged, (await Qa.Reviews.GetAsync(CallId, Token))!.Status);
        Assert.Empty(page.FindAll("[data-testid=qa-acknowledge]"));
    }

    [Fact]
    public async Task An_appeal_needs_a_reason_and_then_waits_for_a_lead()
    {
        await ReviewedAsync();
        await SignedInAsync("8001", PlatformRole.Agent);
        var page = Show<MyQaPage>();
        page.WaitForElement("[data-testid=qa-appeal-submit]", TimeSpan.FromSeconds(30));

        page.Find("[data-testid=qa-appeal-submit]").Click();
        page.WaitForAssertion(() => Assert.Contains("请填写申诉理由。", page.Markup, StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Equal(ReviewStatus.Reviewed, (await Qa.Reviews.GetAsync(CallId, Token))!.Status);

        page.Find("[data-testid=qa-appeal-reason] input, input[data-testid=qa-appeal-reason]").Change("结束语其实说了，请复听");
        page.Find("[data-testid=qa-appeal-submit]").Click();

        page.WaitForAssertion(() => Assert.Equal("申诉中", page.Find("[data-testid=qa-result-status]").TextContent.Trim()), TimeSpan.FromSeconds(30));
        Assert.Equal("结束语其实说了，请复听", (await Qa.Reviews.GetAsync(CallId, Token))!.Appeal?.Reason);
    }

    [Fact]
    public async Task A_lead_decides_an_appeal_with_a_choice_and_a_comment_and_the_decision_is_audited()
    {
        await ReviewedAsync();
        await Qa.Reviews.AppealAsync(CallId, "8001", "结束语其实说了", Token);
        await SignedInAsync("qalead", PlatformRole.QaLead);
        var audit = Services.GetRequiredService<AuditLog>();
        var page = Show<CallReviewPage>(p => p.Add(c => c.CallId, CallId));
        page.WaitForElement("[data-testid=qa-appeal-decision]", TimeSpan.FromSeconds(30));
        Assert.Contains("申诉理由：结束语其实说了", page.Find("[data-testid=qa-appeal]").TextContent, StringComparison.Ordinal);

        page.Find("[data-testid=qa-decision-submit]").Click();
        page.WaitForAssertion(() => Assert.Contains("请选择申诉成立或驳回。", page.Markup, StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Contains("请填写裁定意见。", page.Markup, StringComparison.Ordinal);
        Assert.Equal(ReviewStatus.Appealed, (await Qa.Reviews.GetAsync(CallId, Token))!.Status);

        await page.InvokeAsync(() => page.FindComponent<MudBlazor.MudRadioGroup<bool?>>().Instance.ValueChanged.InvokeAsync(false));
        page.Find("[data-testid=qa-decision-comment] textarea, textarea[data-testid=qa-decision-comment]").Change("复听确认未说结束语");
        page.Find("[data-testid=qa-decision-submit]").Click();

        page.WaitForAssertion(() => Assert.Contains("裁定：申诉驳回，复听确认未说结束语", page.Find("[data-testid=qa-appeal-decided]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        var decided = (await Qa.Reviews.GetAsync(CallId, Token))!;
        Assert.Equal((ReviewStatus.AppealDecided, false, "qalead"), (decided.Status, decided.Appeal!.Upheld, decided.Appeal.DecidedBy));
        var entry = Assert.Single(await audit.LatestAsync(10, Token));
        Assert.Equal((AuditAction.ScoreChange, CallId, "appeal rejected: 复听确认未说结束语"), (entry.Action, entry.Target, entry.Detail));
        Assert.Empty(page.FindAll("[data-testid=qa-appeal-decision]"));
    }

    [Fact]
    public async Task Nobody_but_a_lead_or_an_administrator_sees_the_decision_form()
    {
        await ReviewedAsync();
        await Qa.Reviews.AppealAsync(CallId, "8001", "结束语其实说了", Token);
        await SignedInAsync(Inspector, PlatformRole.Inspector);

        var page = Show<CallReviewPage>(p => p.Add(c => c.CallId, CallId));
        page.WaitForElement("[data-testid=qa-appeal]", TimeSpan.FromSeconds(30));

        Assert.Empty(page.FindAll("[data-testid=qa-appeal-decision]"));
    }

    // Who is signed in is chosen by each test after the services are fixed.
    private sealed class SignedIn : AuthenticationStateProvider
    {
        public string Name { get; set; } = Inspector;

        public string Role { get; set; } = PlatformRole.Inspector;

        public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
            new FixedAuthenticationState(Name, Role).GetAuthenticationStateAsync();
    }
}
