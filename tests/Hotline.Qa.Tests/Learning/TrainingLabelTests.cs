using Hotline.Qa.Learning;
using Hotline.Qa.Review;

namespace Hotline.Qa.Tests.Learning;

/// <summary>What a finished review teaches: the corrected total, and whether a person was needed.</summary>
[Trait("Category", "Unit")]
public sealed class TrainingLabelTests
{
    private static readonly CallFeatures Features = new("c", new Dictionary<string, double>(), new ConversationFigures(60, 0.5, 0.4, 0, 1, 0, 0, 1), "您好", "enquiries", 10, 100);

    private static CallReview Review(double auto, double final, bool? upheld = null) =>
        new("c", "8001", DateTimeOffset.UnixEpoch, [SamplingReason.Random], auto, new Dictionary<string, double> { ["all"] = final }, new Dictionary<string, double> { ["all"] = 100 },
            upheld is null ? ReviewStatus.Reviewed : ReviewStatus.AppealDecided, DateTimeOffset.UnixEpoch)
        {
            Appeal = upheld is null ? null : new Appeal("理由", DateTimeOffset.UnixEpoch, upheld),
        };

    [Theory]
    [InlineData(85, 85, null, false)]
    [InlineData(85, 78, null, false)]
    [InlineData(85, 70, null, true)]
    [InlineData(55, 58, null, true)]
    [InlineData(80, 82, true, true)]
    [InlineData(80, 80, false, false)]
    public void The_label_is_the_final_score_and_the_need_for_a_person(double auto, double final, bool? upheld, bool needed)
    {
        var example = TrainingLabel.From(Review(auto, final, upheld), Features);

        Assert.Equal(final, example.Overall, 9);
        Assert.Equal(needed, example.NeedsReview);
        Assert.Same(Features, example.Features);
    }

    [Fact]
    public void A_card_that_is_not_out_of_100_is_compared_on_the_same_0_to_100_scale_as_the_automatic_score()
    {
        // 40 points in all; the inspector gives 30 of them: 75 %, against an automatic 75 %: no correction to learn from.
        var review = new CallReview("c", "8001", DateTimeOffset.UnixEpoch, [SamplingReason.Random], 75,
            new Dictionary<string, double> { ["greeting"] = 10, ["closing"] = 20 }, new Dictionary<string, double> { ["greeting"] = 10, ["closing"] = 30 },
            ReviewStatus.Reviewed, DateTimeOffset.UnixEpoch);

        var example = TrainingLabel.From(review, Features);

        Assert.Equal(75, review.FinalScore, 10);
        Assert.Equal(75, example.Overall, 10);
        Assert.False(example.NeedsReview);
    }
}
