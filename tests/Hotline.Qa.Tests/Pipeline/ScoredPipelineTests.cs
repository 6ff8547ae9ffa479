using Hotline.Grains.Abstractions.Events;
using Hotline.Qa.Scoring;
using Hotline.Qa.Tests.Transcription;
using Hotline.Qa.Transcripts;
using Hotline.Qa.Work;

namespace Hotline.Qa.Tests.Pipeline;

/// <summary>A queued call through the whole pipeline: transcription (or speech detection alone), scoring with evidence, events for analytics.</summary>
[Trait("Category", "Integration")]
public sealed class ScoredPipelineTests : IDisposable
{
    private static readonly DateTimeOffset Arrived = new(2026, 11, 28, 9, 30, 0, TimeSpan.FromHours(8));

    private readonly PipelineFolder folder = new();
    private readonly CapturingOutbox outbox = new();

    public void Dispose() => folder.Dispose();

    private async Task<QaCallState> RunAsync(Hotline.Qa.Hosting.QaPipeline pipeline, string callId)
    {
        var ct = TestContext.Current.CancellationToken;
        var recording = folder.Record(callId, PipelineFolder.ConversationWithDeadAir());
        Assert.True(await pipeline.Journal.EnqueueAsync(new QaWorkItem(callId, recording, Arrived, "8001", "complaints", Complaint: true), ct));
        Assert.True(await pipeline.Worker("w").RunOnceAsync(ct));
        return (await pipeline.Journal.StatusAsync(callId, ct))!;
    }

    [Fact]
    public async Task Without_a_model_the_call_is_scored_on_what_needs_no_words_and_the_text_items_are_left_out()
    {
        var ct = TestContext.Current.CancellationToken;
        using var pipeline = folder.Open(model: null, outbox);
        Assert.False(pipeline.ModelStatus.Available);
        Assert.Equal("未配置语音识别模型", pipeline.ModelStatus.Message);

        var state = await RunAsync(pipeline, "no-model");

        Assert.Equal(QaCallStatus.Done, state.Status);
        var stored = (await pipeline.Scores.GetAsync("no-model", ct))!;
        var card = pipeline.Scorecards.Latest("standard");
        foreach (var item in card.Items)
        {
            var scored = stored.Score.Items.Single(i => i.ItemId == item.Id);
            Assert.Equal(item.Rule.ReadsText, scored.Status == ItemStatus.NotScored);
        }

        // The 13 s gap between the agent's first words and the caller's is dead air (threshold 10 s), with its time as evidence.
        var deadAir = stored.Score.Items.Single(i => i.ItemId == "dead-air");
        Assert.Equal(ItemStatus.Partial, deadAir.Status);
        var gap = Assert.Single(deadAir.Evidence);
        Assert.Null(gap.Channel);
        Assert.InRange(gap.Start, 3.8, 4.3);
        Assert.InRange(gap.End, 16.8, 17.3);

        var score = Assert.Single(outbox.Events.OfType<QaScore>());
        Assert.Equal(card.Items.Where(i => !i.Rule.ReadsText).Sum(i => i.Points), score.MaxScore);
        Assert.Equal(stored.Score.Items.Sum(i => i.Score), score.Score);
        Assert.Equal(("8001", Arrived), (score.AgentId, score.CallArrivedAt));
        Assert.Empty(outbox.Events.OfType<Grains.Abstractions.Events.TranscriptSegment>());
        // A complaint is always sampled, and the review counts only the items that were scored.
        var review = (await pipeline.Reviews.PendingAsync(ct)).Single(r => r.CallId == "no-model");
        Assert.Equal(score.Score / score.MaxScore * 100, review.FinalScore, 6);
        Assert.DoesNotContain("greeting", review.ItemScores.Keys);
    }

    [Fact]
    public async Task With_a_model_every_item_is_scored_with_evidence_in_the_recording_and_segments_and_score_go_to_analytics()
    {
        var ct = TestContext.Current.CancellationToken;
        using var pipeline = folder.Open(GgmlWhisperModel.Small, outbox);
        Assert.True(pipeline.ModelStatus.Available, pipeline.ModelStatus.Message);

        var state = await RunAsync(pipeline, "with-model");

        Assert.Equal(QaCallStatus.Done, state.Status);
        var transcript = (await pipeline.Transcripts.LoadAsync("with-model", ct))!.Transcript!;
        Assert.NotEmpty(transcript.Segments);
        var stored = (await pipeline.Scores.GetAsync("with-model", ct))!;
        Assert.DoesNotContain(stored.Score.Items, i => i.Status == ItemStatus.NotScored);
        Assert.All(stored.Score.Items.SelectMany(i => i.Evidence), e => Assert.InRange(e.Start, 0, Math.Min(e.End, 24)));
        // Said or not, the greeting item points at one of the agent's segments, so the inspector can hear it.
        var greeting = Assert.Single(stored.Score.Items.Single(i => i.ItemId == "greeting").Evidence);
        Assert.Equal(SpeakerChannel.Agent, greeting.Channel);
        Assert.Contains(transcript.Segments, s => s.Channel == SpeakerChannel.Agent && s.Start == greeting.Start && s.End == greeting.End);

        var segments = outbox.Events.OfType<Grains.Abstractions.Events.TranscriptSegment>().ToList();
        Assert.Equal(transcript.Segments.Count, segments.Count);
        var score = Assert.Single(outbox.Events.OfType<QaScore>());
        Assert.Equal(pipeline.Scorecards.Latest("standard").MaxTotal, score.MaxScore);
        Assert.Equal("standard@1", score.Scorecard);
    }
}
