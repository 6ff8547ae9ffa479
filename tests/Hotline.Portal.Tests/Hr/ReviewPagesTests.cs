using Bunit;
using Hotline.Grains.Abstractions.People;
using Hotline.Portal.Components.Pages.Hr;
using Hotline.Portal.People;
using Hotline.Portal.Tests.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Portal.Tests.Hr;

/// <summary>绩效考核 pages: the KPI rows as scored, the step each role may take on a review in each state (and only that), a required comment,
/// the review grain's refusal shown, the list linking each review, and an employee's own approved reviews waiting for acknowledgement.</summary>
[Trait("Category", "Unit")]
public sealed class ReviewPagesTests : PortalComponentTest
{
    private static readonly DateOnly s_from = new(2026, 10, 1);
    private static readonly DateOnly s_to = new(2026, 10, 31);
    private readonly ScriptedReviews reviews = new();

    public ReviewPagesTests()
    {
        Services.AddSingleton<IPerformanceReviews>(reviews);
        Services.AddSingleton(TimeProvider.System);
        Services.AddCascadingAuthenticationState();
    }

    [Fact]
    public void The_kpi_rows_show_target_actual_attainment_weight_points_and_evidence()
    {
        reviews.Add(Review("8001", ReviewState.Draft));
        SignIn("supervisor", PlatformRole.Supervisor);

        var page = ShowReview("8001");

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=hr-kpi-CallsHandled]")));
        var calls = page.Find("[data-testid=hr-kpi-CallsHandled]");
        Assert.Equal("540", calls.QuerySelector("[data-testid=hr-kpi-actual]")!.TextContent);
        Assert.Equal("90.0%", calls.QuerySelector("[data-testid=hr-kpi-attainment]")!.TextContent);
        Assert.Equal("60%", calls.QuerySelector("[data-testid=hr-kpi-weight]")!.TextContent);
        Assert.Equal("54.0", calls.QuerySelector("[data-testid=hr-kpi-points]")!.TextContent);
        Assert.Contains("analytics.agent_kpis", calls.TextContent, StringComparison.Ordinal);
        Assert.Equal("无数据", page.Find("[data-testid=hr-kpi-QaAverage] [data-testid=hr-kpi-actual]").TextContent);
        Assert.Contains("总分 54.0", page.Find("[data-testid=hr-review-total]").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("supervisor", PlatformRole.Supervisor, ReviewState.Draft, "comment")]
    [InlineData("supervisor", PlatformRole.Supervisor, ReviewState.Commented, "")]
    [InlineData("hr", PlatformRole.Hr, ReviewState.Commented, "approve,return")]
    [InlineData("hr", PlatformRole.Hr, ReviewState.Draft, "")]
    [InlineData("8001", PlatformRole.Agent, ReviewState.Approved, "acknowledge")]
    [InlineData("8002", PlatformRole.Agent, ReviewState.Approved, "")]
    [InlineData("8001", PlatformRole.Agent, ReviewState.Acknowledged, "")]
    public void Each_role_sees_only_the_step_it_may_take_in_the_reviews_state(string user, string role, ReviewState state, string expected)
    {
        reviews.Add(Review("8001", state));
        SignIn(user, role);

        var page = ShowReview("8001");

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=hr-review-state]")));
        var shown = page.FindAll("[data-testid^=hr-action-]").Select(b => b.GetAttribute("data-testid")!["hr-action-".Length..]);
        Assert.Equal(expected.Length == 0 ? [] : expected.Split(','), shown);
    }

    [Fact]
    public void A_supervisor_must_write_a_comment_and_the_commented_review_follows()
    {
        reviews.Add(Review("8001", ReviewState.Draft));
        SignIn("supervisor", PlatformRole.Supervisor);
        var page = ShowReview("8001");
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=hr-action-comment]")));

        page.Find("[data-testid=hr-action-comment]").Click();
        Assert.Equal("请填写评语。", page.Find("[data-testid=hr-failure]").TextContent);
        Assert.DoesNotContain(reviews.Calls, c => c.Action == "comment");

        page.Find("textarea[data-testid=hr-review-note], [data-testid=hr-review-note] textarea").Change("接听量稳定，质检需加强");
        page.Find("[data-testid=hr-action-comment]").Click();

        page.WaitForAssertion(() => Assert.Equal("主管已评", page.Find("[data-testid=hr-review-state]").TextContent));
        var call = Assert.Single(reviews.Calls, c => c.Action == "comment");
        Assert.Equal(("supervisor", ReviewKey.For("8001", s_from, s_to), "接听量稳定，质检需加强"), (call.Actor.Id, call.Key, call.Note));
        Assert.Contains("接听量稳定，质检需加强", page.Find("[data-testid=hr-review-notes]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid^=hr-action-]"));
    }

    [Fact]
    public void The_review_grains_refusal_is_shown_and_the_review_stays_as_it_was()
    {
        reviews.Add(Review("8001", ReviewState.Commented));
        reviews.Refusal = new PeopleAccessException("hr (hr) may not approve their own review.");
        SignIn("hr", PlatformRole.Hr);
        var page = ShowReview("8001");
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=hr-action-approve]")));

        page.Find("[data-testid=hr-action-approve]").Click();

        page.WaitForAssertion(() => Assert.Equal("操作未成功：hr (hr) may not approve their own review.", page.Find("[data-testid=hr-failure]").TextContent));
        Assert.Equal("主管已评", page.Find("[data-testid=hr-review-state]").TextContent);
    }

    [Fact]
    public void A_review_that_does_not_exist_says_so()
    {
        SignIn("hr", PlatformRole.Hr);

        var page = ShowReview("8009");

        page.WaitForAssertion(() => Assert.Contains("does not exist", page.Find("[data-testid=hr-failure]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=hr-kpis]"));
    }

    [Fact]
    public void The_list_links_each_review_and_filters_by_state()
    {
        reviews.Add(Review("8001", ReviewState.Draft));
        reviews.Add(Review("8002", ReviewState.Approved));
        SignIn("hr", PlatformRole.Hr);

        var page = Show<ReviewListPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=hr-review]").Count));
        Assert.Equal("/hr/reviews/8002/2026-10-01/2026-10-31", page.Find("[data-testid=hr-review][data-key^='8002'] [data-testid=hr-review-link]").GetAttribute("href"));
        page.FindComponent<MudBlazor.MudSelect<ReviewState?>>().InvokeAsync(() =>
            page.FindComponent<MudBlazor.MudSelect<ReviewState?>>().Instance.ValueChanged.InvokeAsync(ReviewState.Approved));
        page.WaitForAssertion(() => Assert.Equal(["8002/2026-10-01/2026-10-31"], page.FindAll("[data-testid=hr-review]").Select(r => r.GetAttribute("data-key"))));
    }

    [Fact]
    public void An_employee_sees_only_their_approved_reviews_and_how_many_wait_for_them()
    {
        reviews.Add(Review("8001", ReviewState.Approved));
        reviews.Add(Review("8001", ReviewState.Draft) with { Id = ReviewKey.For("8001", s_from.AddMonths(1), s_to.AddMonths(1)), From = s_from.AddMonths(1), To = s_to.AddMonths(1) });
        reviews.Add(Review("8002", ReviewState.Approved));
        SignIn("8001", PlatformRole.Agent);

        var page = Show<MyReviewsPage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=hr-review]")));
        Assert.Equal("8001/2026-10-01/2026-10-31", page.Find("[data-testid=hr-review]").GetAttribute("data-key"));
        Assert.Contains("有 1 份考核等待您确认", page.Find("[data-testid=hr-mine-waiting]").TextContent, StringComparison.Ordinal);
        Assert.Equal("8001", Assert.Single(reviews.Calls).Actor.Id);
    }

    private void SignIn(string user, string role) => Services.AddSingleton<AuthenticationStateProvider>(new FixedAuthenticationState(user, role));

    private IRenderedComponent<ReviewPage> ShowReview(string employee) => Show<ReviewPage>(p => p
        .Add(x => x.Employee, employee).Add(x => x.From, "2026-10-01").Add(x => x.To, "2026-10-31"));

    // Calls handled 540 of 600 (90 %, weight 0.6 → 54 points) and a QA average without a figure (0 points).
    private static ReviewSnapshot Review(string employee, ReviewState state) => new()
    {
        Id = ReviewKey.For(employee, s_from, s_to), Employee = employee, Role = PlatformRole.Agent, From = s_from, To = s_to, State = state, Total = 54,
        Scores =
        [
            new KpiScore
            {
                Definition = new KpiDefinition { Kind = KpiKind.CallsHandled, Weight = 0.6, Target = 600 }, Actual = 540, AttainmentPercent = 90, WeightedPoints = 54,
                Evidence = new KpiFigure { Kind = KpiKind.CallsHandled, Value = 540, Source = "analytics.agent_kpis", From = s_from, To = s_to, Detail = "540 通" },
            },
            new KpiScore { Definition = new KpiDefinition { Kind = KpiKind.QaAverage, Weight = 0.4, Target = 90 }, AttainmentPercent = 0, WeightedPoints = 0 },
        ],
        Steps = [new ReviewStep("draft", PlatformRole.System, DateTimeOffset.UnixEpoch, ReviewState.Draft, null)],
    };
}
