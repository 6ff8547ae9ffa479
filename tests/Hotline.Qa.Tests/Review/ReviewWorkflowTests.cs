using Hotline.Qa.Review;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Qa.Tests.Review;

/// <summary>The review workflow over the JSON store in a temporary folder.</summary>
[Trait("Category", "Unit")]
public sealed class ReviewWorkflowTests : IDisposable
{
    private static readonly DateTimeOffset Arrived = new(2026, 3, 10, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly Dictionary<string, double> Points = new() { ["greeting"] = 20, ["forbidden-words"] = 50, ["empathy"] = 30 };

    private readonly string folder = Directory.CreateTempSubdirectory("hotline-qa-review-").FullName;
    private readonly FakeTimeProvider clock = new(Arrived.AddHours(2));
    private readonly ReviewWorkflow workflow;

    public ReviewWorkflowTests() =>
        workflow = new ReviewWorkflow(new JsonReviewStore(folder), new SamplingPolicy(new SamplingSettings(RandomPercent: 0)), clock);

    public void Dispose()
    {
        workflow.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Offers a call whose automatic total is the sum of its three items (full marks 20 + 50 + 30 = 100).</summary>
    private Task<CallReview?> OfferAsync(string id, double greeting, double forbidden, double empathy, bool complaint = false) =>
        workflow.OfferAsync(new ReviewCandidate(id, "8001", Arrived, greeting + forbidden + empathy, false, complaint, null),
            new Dictionary<string, double> { ["greeting"] = greeting, ["forbidden-words"] = forbidden, ["empathy"] = empathy }, Points,
            TestContext.Current.CancellationToken);

    [Fact]
    public async Task Unsampled_calls_stay_out_and_the_queue_serves_the_most_urgent_first()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.Null(await OfferAsync("fine", 20, 50, 30));
        await OfferAsync("low", 20, 20, 15);
        await OfferAsync("lower", 10, 0, 20);
        await OfferAsync("complaint", 20, 50, 30, complaint: true);

        var pending = await workflow.PendingAsync(ct);
        Assert.Equal(["complaint", "lower", "low"], pending.Select(r => r.CallId));

        var first = await workflow.ClaimNextAsync("qa1", ct);
        var second = await workflow.ClaimNextAsync("qa2", ct);
        Assert.Equal(("complaint", "qa1"), (first!.CallId, first.Inspector));
        Assert.Equal(("lower", "qa2"), (second!.CallId, second.Inspector));
        Assert.Single(await workflow.PendingAsync(ct));
    }

    [Fact]
    public async Task A_correction_needs_a_comment_changes_the_final_score_and_is_kept()
    {
        var ct = TestContext.Current.CancellationToken;
        await OfferAsync("c1", 20, 0, 15);
        await workflow.ClaimNextAsync("qa1", ct);

        await Assert.ThrowsAsync<ArgumentException>(() => workflow.CorrectAsync("c1", "qa1", "forbidden-words", 50, " ", ct));
        await Assert.ThrowsAsync<InvalidOperationException>(() => workflow.CorrectAsync("c1", "qa2", "forbidden-words", 50, "not mine", ct));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => workflow.CorrectAsync("c1", "qa1", "forbidden-words", 55, "too many", ct));
        var unknown = await Assert.ThrowsAsync<ArgumentException>(() => workflow.CorrectAsync("c1", "qa1", "closing", 5, "x", ct));
        Assert.Contains("'closing'", unknown.Message, StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromMinutes(5));
        var corrected = await workflow.CorrectAsync("c1", "qa1", "forbidden-words", 50, "“滚”是乘客原话的复述，不是坐席用语", ct);

        Assert.Equal(85, corrected.FinalScore);
        Assert.Equal(35, corrected.AutoScore);
        var correction = Assert.Single(corrected.Corrections);
        Assert.Equal((0.0, 50.0, "qa1"), (correction.Previous, correction.Corrected, correction.By));
        Assert.Equal(clock.GetUtcNow(), correction.At);

        var reread = new ReviewWorkflow(new JsonReviewStore(folder), new SamplingPolicy(new SamplingSettings()), clock);
        var finished = await reread.CompleteAsync("c1", "qa1", "禁语误判", ct);
        Assert.Equal(ReviewStatus.Reviewed, finished.Status);
        Assert.Equal(85, finished.FinalScore);
        Assert.Single(finished.Corrections);
        Assert.Equal(["c1"], (await reread.FinishedAsync(ct)).Select(r => r.CallId));
        reread.Dispose();
    }

    [Fact]
    public async Task The_agent_acknowledges_or_appeals_and_the_lead_decides()
    {
        var ct = TestContext.Current.CancellationToken;
        await OfferAsync("c1", 20, 0, 20);
        await OfferAsync("c2", 20, 0, 25);
        foreach (var _ in new[] { 1, 2 })
        {
            var claimed = await workflow.ClaimNextAsync("qa1", ct);
            await workflow.CompleteAsync(claimed!.CallId, "qa1", null, ct);
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => workflow.AcknowledgeAsync("c1", "8002", ct));
        var acknowledged = await workflow.AcknowledgeAsync("c1", "8001", ct);
        Assert.Equal(ReviewStatus.Acknowledged, acknowledged.Status);
        await Assert.ThrowsAsync<InvalidOperationException>(() => workflow.AppealAsync("c1", "8001", "too late", ct));

        await workflow.AppealAsync("c2", "8001", "客户要求转接，不属于推诿", ct);
        await workflow.CorrectAsync("c2", "lead", "empathy", 30, "申诉成立，恢复满分", ct);
        var decided = await workflow.DecideAppealAsync("c2", "lead", upheld: true, "维持申诉", ct);

        Assert.Equal(ReviewStatus.AppealDecided, decided.Status);
        Assert.True(decided.Appeal!.Upheld);
        Assert.Equal("lead", decided.Appeal.DecidedBy);
        Assert.Equal(50, decided.FinalScore);
        Assert.Equal(45, decided.AutoScore);
        await Assert.ThrowsAsync<InvalidOperationException>(() => workflow.DecideAppealAsync("c2", "lead", false, "again", ct));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => workflow.AcknowledgeAsync("nope", "8001", ct));
    }
}
