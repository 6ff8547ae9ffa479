using Bunit;
using Hotline.Portal.Components.Pages.Qa;
using Hotline.Qa.Review;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Portal.Tests.Components;

/// <summary>The review queue page: lists the sampled calls with their reasons and lets the signed-in inspector claim the most urgent one.</summary>
[Trait("Category", "Unit")]
public sealed class QaReviewQueueTests : QaPageTest
{
    [Fact]
    public async Task Sampled_calls_are_listed_with_why_they_were_sampled()
    {
        await SeedCallAsync("call-q-1");

        var page = Show<ReviewQueuePage>();

        page.WaitForAssertion(() => Assert.Contains("call-q-1", page.Find("[data-testid=qa-pending]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Contains("投诉", page.Find("[data-testid=qa-pending]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claiming_takes_the_call_for_the_inspector_and_opens_its_review()
    {
        await SeedCallAsync("call-q-2");
        var page = Show<ReviewQueuePage>();
        page.WaitForAssertion(() => Assert.Contains("call-q-2", page.Find("[data-testid=qa-pending]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(30));

        page.Find("[data-testid=qa-claim]").Click();

        var navigation = Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => Assert.EndsWith("/qa/calls/call-q-2", navigation.Uri, StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        var review = await Qa.Reviews.GetAsync("call-q-2", Xunit.TestContext.Current.CancellationToken);
        Assert.Equal((ReviewStatus.InReview, Inspector), (review!.Status, review.Inspector));
    }

    [Fact]
    public void An_empty_queue_says_there_is_nothing_to_claim()
    {
        var page = Show<ReviewQueuePage>();
        page.WaitForElement("[data-testid=qa-claim]", TimeSpan.FromSeconds(30));

        page.Find("[data-testid=qa-claim]").Click();

        page.WaitForAssertion(() => Assert.Contains("没有待复核的通话", page.Find("[data-testid=qa-claim-message]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(30));
    }
}
