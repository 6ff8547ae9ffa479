namespace Hotline.Qa.Learning;

/// <summary>A call's conversation measurements, as the quality model reads them.</summary>
/// <param name="DurationSeconds">From answer to hang-up.</param>
/// <param name="AgentTalkRatio">Share of the call the agent speaks (0–1).</param>
/// <param name="CallerTalkRatio">Share of the call the caller speaks (0–1).</param>
/// <param name="LongSilences">Silences longer than the dead-air threshold.</param>
/// <param name="LongestSilenceSeconds">The longest silence.</param>
/// <param name="TalkOverSeconds">Time both speak at once.</param>
/// <param name="HoldSeconds">Time on hold.</param>
/// <param name="MeanResponseSeconds">How long the agent takes to answer the caller, on average.</param>
public sealed record ConversationFigures(
    double DurationSeconds,
    double AgentTalkRatio,
    double CallerTalkRatio,
    int LongSilences,
    double LongestSilenceSeconds,
    double TalkOverSeconds,
    double HoldSeconds,
    double MeanResponseSeconds)
{
    /// <summary>How many numbers <see cref="ToVector"/> gives.</summary>
    public const int Length = 8;

    /// <summary>The figures in a fixed order for the model.</summary>
    public float[] ToVector() =>
    [
        (float)DurationSeconds, (float)AgentTalkRatio, (float)CallerTalkRatio, LongSilences,
        (float)LongestSilenceSeconds, (float)TalkOverSeconds, (float)HoldSeconds, (float)MeanResponseSeconds,
    ];
}
