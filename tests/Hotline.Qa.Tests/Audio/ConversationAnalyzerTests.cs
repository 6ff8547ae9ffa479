using Hotline.Qa.Audio;

namespace Hotline.Qa.Tests.Audio;

[Trait("Category", "Unit")]
public sealed class ConversationAnalyzerTests
{
    private static readonly ConversationAnalyzer Analyzer = new(new ConversationMetricsSettings(SilenceSeconds: 5, InferredHoldSeconds: 30));

    [Fact]
    public void Talk_ratio_talk_over_and_response_latency()
    {
        SpeechSpan[] agent = [new(0, 4), new(9, 15)];
        SpeechSpan[] caller = [new(5, 8), new(14, 20)];

        var metrics = Analyzer.Analyze(caller, agent, 25);

        Assert.Equal(10, metrics.AgentTalkSeconds, 6);
        Assert.Equal(9, metrics.CallerTalkSeconds, 6);
        Assert.Equal(10.0 / 19, metrics.AgentTalkRatio, 6);
        Assert.Equal(new SpeechSpan(14, 15), Assert.Single(metrics.TalkOvers));
        // The caller's first turn ends at 8 and the agent answers at 9; the last turn is never answered.
        Assert.Equal(1, Assert.Single(metrics.AgentResponseLatencies), 6);
        Assert.Empty(metrics.Silences);
    }

    [Fact]
    public void Long_mutual_silence_is_dead_air_and_very_long_silence_an_inferred_hold()
    {
        SpeechSpan[] agent = [new(0, 2), new(10, 12), new(50, 52)];
        SpeechSpan[] caller = [new(2.5, 3)];

        var metrics = Analyzer.Analyze(caller, agent, 60);

        Assert.Equal(new SpeechSpan(3, 10), Assert.Single(metrics.Silences));
        Assert.Equal(new SpeechSpan(12, 50), Assert.Single(metrics.Holds));
        Assert.Equal(38, metrics.HoldSeconds, 6);
    }

    [Fact]
    public void Hold_events_replace_inference_and_are_not_dead_air()
    {
        SpeechSpan[] agent = [new(0, 2), new(40, 42)];
        SpeechSpan[] caller = [new(2.5, 3)];

        var metrics = Analyzer.Analyze(caller, agent, 45, [new SpeechSpan(10, 38)]);

        Assert.Equal([new SpeechSpan(3, 10)], metrics.Silences);
        Assert.Equal(28, metrics.HoldSeconds, 6);
    }

    [Fact]
    public void Nobody_speaking_gives_zero_ratio()
    {
        var metrics = Analyzer.Analyze([], [], 30);

        Assert.Equal(0, metrics.AgentTalkRatio);
        Assert.Empty(metrics.Silences);
        Assert.Empty(metrics.AgentResponseLatencies);
    }
}
