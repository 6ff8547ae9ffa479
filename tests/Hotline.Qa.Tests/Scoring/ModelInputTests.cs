using Hotline.Qa.Scoring;

namespace Hotline.Qa.Tests.Scoring;

/// <summary>The conversation figures the quality model reads, on a transcript whose timing is known.</summary>
[Trait("Category", "Unit")]
public sealed class ModelInputTests
{
    [Fact]
    public void Figures_come_from_the_segment_times_and_items_from_the_score()
    {
        var data = ScoringCase.Load("model-complaint");
        var context = ScoringContext.From(data.Transcript, data.Holds, data.Ticket);
        var score = ScorecardScorer.Score(ScorecardCatalog.Load(null).Latest("standard"), context);

        var features = ModelInput.From(score, context, "complaints", new DateTimeOffset(2026, 3, 10, 1, 30, 0, TimeSpan.Zero), 42);

        var f = features.Figures;
        Assert.Equal(55, f.DurationSeconds);
        Assert.Equal(31 / 55.0, f.AgentTalkRatio, 9);
        Assert.Equal(18.5 / 55.0, f.CallerTalkRatio, 9);
        Assert.Equal((0, 0.5, 0.0, 0.0), (f.LongSilences, f.LongestSilenceSeconds, f.TalkOverSeconds, f.HoldSeconds));
        Assert.Equal(0.5, f.MeanResponseSeconds, 9);
        Assert.Equal(9, features.HourOfDay);
        Assert.Equal(42, features.AgentTenureDays);
        Assert.All(features.ItemResults.Values, v => Assert.Equal(1, v));
        Assert.StartsWith("您好，12328交通运输服务监督热线", features.Text, StringComparison.Ordinal);
    }
}
