using Hotline.Qa.Review;
using Hotline.Qa.Scoring;

namespace Hotline.Qa.Tests.Review;

/// <summary>A review's corrections laid over the automatic score: corrected items take the inspector's score and a status that matches it, others stay as scored.</summary>
[Trait("Category", "Unit")]
public sealed class ReviewedScoreTests
{
    private static readonly CallScore s_automatic = new("call-1", "standard", 2,
    [
        new("greeting", "开场白", 10, 10, ItemStatus.Passed, [], ""),
        new("closing", "结束语", 10, 0, ItemStatus.Failed, [], "未说出：结束语"),
        new("empathy", "共情", 20, 12, ItemStatus.Partial, [], ""),
        new("script", "话术", 5, 5, ItemStatus.NotApplicable, [], "不适用"),
    ]);

    [Fact]
    public void Corrected_items_take_the_new_score_and_status_and_the_total_follows()
    {
        var review = Review(new Dictionary<string, double> { ["greeting"] = 10, ["closing"] = 10, ["empathy"] = 0, ["script"] = 5 });

        var corrected = ReviewedScore.Apply(s_automatic, review);

        Assert.Equal([("greeting", 10.0, ItemStatus.Passed), ("closing", 10.0, ItemStatus.Passed), ("empathy", 0.0, ItemStatus.Failed), ("script", 5.0, ItemStatus.NotApplicable)],
            corrected.Items.Select(i => (i.ItemId, i.Score, i.Status)));
        Assert.Equal((25.0, 45.0), (corrected.Total, corrected.MaxTotal));
        Assert.Equal("未说出：结束语", corrected.Items[1].Note);
        Assert.Equal(("standard", 2), (corrected.ScorecardId, corrected.ScorecardVersion));
    }

    [Fact]
    public void A_partial_correction_reads_as_partial()
    {
        var corrected = ReviewedScore.Apply(s_automatic, Review(new Dictionary<string, double> { ["closing"] = 4 }));

        Assert.Equal((4.0, ItemStatus.Partial), (corrected.Items[1].Score, corrected.Items[1].Status));
        Assert.Equal(s_automatic.Items[2], corrected.Items[2]);
    }

    [Fact]
    public void A_review_of_another_call_is_refused_naming_both()
    {
        var other = Review(new Dictionary<string, double>()) with { CallId = "call-2" };

        var error = Assert.Throws<ArgumentException>(() => ReviewedScore.Apply(s_automatic, other));

        Assert.Contains("call-1", error.Message, StringComparison.Ordinal);
        Assert.Contains("call-2", error.Message, StringComparison.Ordinal);
    }

    private static CallReview Review(Dictionary<string, double> scores) =>
        new("call-1", "8001", DateTimeOffset.UnixEpoch, [], 50, scores, s_automatic.Items.ToDictionary(i => i.ItemId, i => i.Points), ReviewStatus.InReview, DateTimeOffset.UnixEpoch);
}
