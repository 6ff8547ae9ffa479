using Hotline.Qa.Audio;
using Hotline.Qa.Hosting;
using Hotline.Qa.Learning;
using Hotline.Qa.Review;
using Hotline.Qa.Scoring;
using Hotline.Qa.Transcription;
using Hotline.Qa.Transcripts;
using Hotline.Qa.Work;
using Hotline.Telephony.Media.Audio;

namespace Hotline.Portal.Tests.Qa;

/// <summary>A scored, sampled call of agent 8001 put in place through the QA library itself, for page and browser tests: a 4 s stereo
/// recording (caller loud in the first half, agent in the second), its transcript (two caller and two agent segments), a score whose
/// greeting item (10 of 10) points at the agent's first words and whose closing item scored 0 of 10, and a complaint review.</summary>
public static class QaCallSeed
{
    private static readonly DateTimeOffset Arrived = new(2026, 11, 27, 9, 30, 0, TimeSpan.FromHours(8));

    /// <summary>Stores <paramref name="callId"/> in <paramref name="qa"/> (data folder <paramref name="dataDir"/>); <paramref name="queued"/> also
    /// puts the recording in QA's work journal (which a running platform's workers would pick up and score again).</summary>
    public static async Task SeedAsync(QaPipeline qa, string dataDir, string callId, bool queued, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(qa);
        var recordings = Directory.CreateDirectory(Path.Combine(dataDir, "recordings")).FullName;
        WavWriter.WriteFile(Path.Combine(recordings, callId + ".wav"), StereoTone(8000, 4), channels: 2, sampleRate: 8000);
        if (queued)
            await qa.Journal.EnqueueAsync(new QaWorkItem(callId, Path.Combine("recordings", callId + ".wav"), Arrived, "8001", "complaints", Complaint: true), ct);

        TranscriptSegment[] segments =
        [
            new(SpeakerChannel.Caller, 0.2, 1.4, "你好，我要投诉出租车绕路"),
            new(SpeakerChannel.Agent, 1.6, 2.4, "您好，12328 很高兴为您服务"),
            new(SpeakerChannel.Caller, 2.5, 3.0, "车牌是粤B12345"),
            new(SpeakerChannel.Agent, 3.1, 3.9, "好的，我已为您记录"),
        ];
        var metrics = new ConversationMetrics(4, 1.7, 1.6, 0.48, [], [], [], [0.2]);
        await qa.Transcripts.SaveAsync(callId, new CallTranscription(new Transcript(callId, segments), metrics), ct);

        ItemScore[] items =
        [
            new("greeting", "标准开场白", 10, 10, ItemStatus.Passed, [new Evidence(SpeakerChannel.Agent, 1.6, 2.4, "您好，12328 很高兴为您服务")], "已说出开场白"),
            new("closing", "结束语", 10, 0, ItemStatus.Failed, [new Evidence(SpeakerChannel.Agent, 3.1, 3.9, "好的，我已为您记录")], "未说出：结束语"),
        ];
        var score = new CallScore(callId, "standard", 1, items);
        var features = new CallFeatures(callId, items.ToDictionary(i => i.ItemId, i => i.Fraction), new ConversationFigures(4, 0.4, 0.43, 0, 0, 0, 0, 0.2), "", "complaints", 9, 400);
        await qa.Scores.SaveAsync(new StoredScore(score, features, null), ct);
        await qa.Reviews.OfferAsync(new ReviewCandidate(callId, "8001", Arrived, score.Percent, false, IsComplaint: true, null),
            items.ToDictionary(i => i.ItemId, i => i.Score), items.ToDictionary(i => i.ItemId, i => i.Points), ct);
    }

    // A 400 Hz tone: the caller in the first half, the agent in the second (interleaved left caller, right agent).
    private static short[] StereoTone(int rate, int seconds)
    {
        var frames = rate * seconds;
        var samples = new short[frames * 2];
        for (var i = 0; i < frames; i++)
        {
            var tone = (short)(Math.Sin(2 * Math.PI * 400 * i / rate) * 16000);
            samples[(i * 2) + (i < frames / 2 ? 0 : 1)] = tone;
        }

        return samples;
    }
}
