using Hotline.Qa.Scoring;

namespace Hotline.Qa.Tests.Scoring;

/// <summary>The built-in standard scorecard on transcripts whose every item score is known (TestData/Scoring).</summary>
[Trait("Category", "Unit")]
public sealed class StandardScorecardTests
{
    private static readonly Scorecard Standard = ScorecardCatalog.Load(null).Latest("standard");

    public static TheoryData<string> Cases() => ["model-complaint", "poor-complaint", "calm-enquiry"];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_item_gets_its_known_score_status_and_evidence(string name)
    {
        var data = ScoringCase.Load(name);

        var score = ScorecardScorer.Score(Standard, ScoringContext.From(data.Transcript, data.Holds, data.Ticket));

        Assert.Equal(data.Items.Keys.Order(StringComparer.Ordinal), score.Items.Select(i => i.ItemId).Order(StringComparer.Ordinal));
        foreach (var item in score.Items)
        {
            var expected = data.Items[item.ItemId];
            Assert.True(expected.Score == item.Score, $"{name}/{item.ItemId}: score {item.Score}, expected {expected.Score} ({item.Note})");
            Assert.True(expected.Status == item.Status, $"{name}/{item.ItemId}: {item.Status}, expected {expected.Status} ({item.Note})");
            Assert.True(expected.EvidenceStarts.SequenceEqual(item.Evidence.Select(e => e.Start)),
                $"{name}/{item.ItemId}: evidence at [{string.Join(", ", item.Evidence.Select(e => e.Start))}], expected [{string.Join(", ", expected.EvidenceStarts)}]");
            if (expected.Note is not null)
                Assert.Equal(expected.Note, item.Note);
        }

        Assert.Equal(data.Total, score.Total);
        Assert.Equal(100, score.MaxTotal);
    }

    [Fact]
    public void Evidence_carries_the_channel_and_the_words_an_inspector_hears()
    {
        var data = ScoringCase.Load("poor-complaint");

        var score = ScorecardScorer.Score(Standard, ScoringContext.From(data.Transcript, data.Holds, data.Ticket));

        var forbidden = Assert.Single(score.Items.Single(i => i.ItemId == "forbidden-words").Evidence);
        Assert.Equal(new Evidence(Hotline.Qa.Transcripts.SpeakerChannel.Agent, 10.5, 14.0, "这个不归我们管，你自己看着办。"), forbidden);
        Assert.Equal("出现 2 次：不归我们管、你自己看着办", score.Items.Single(i => i.ItemId == "forbidden-words").Note);
        var silence = score.Items.Single(i => i.ItemId == "dead-air").Evidence[0];
        Assert.Equal((null, 31.0, 46.0), (silence.Channel, silence.Start, silence.End));
    }

    [Fact]
    public void The_score_becomes_the_analytics_event_with_the_card_version()
    {
        var data = ScoringCase.Load("calm-enquiry");
        var arrived = new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(8));

        var qaScore = ScorecardScorer.Score(Standard, ScoringContext.From(data.Transcript)).ToEvent("8001", arrived, arrived.AddMinutes(5));

        Assert.Equal(("calm-enquiry", "8001", "standard@1", 90.0, 100.0, "auto"), (qaScore.CallId, qaScore.AgentId, qaScore.Scorecard, qaScore.Score, qaScore.MaxScore, qaScore.ScoredBy));
        Assert.Equal(arrived, qaScore.CallArrivedAt);
    }
}
