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

        Assert.Equal(final, example.Overall);
        Assert.Equal(needed, example.NeedsReview);
        Assert.Same(Features, example.Features);
    }
}
