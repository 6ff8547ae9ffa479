namespace Hotline.Qa.Audio;

/// <summary>The shape of a call measured from its audio alone: who talked how much, silences, talk-over, hold and response latency.</summary>
/// <param name="Duration">Seconds of recording.</param>
/// <param name="CallerTalkSeconds">Seconds the caller's channel carried speech.</param>
/// <param name="AgentTalkSeconds">Seconds the agent's channel carried speech.</param>
/// <param name="AgentTalkRatio">The agent's share of all talk (0–1; 0 when nobody spoke).</param>
/// <param name="Silences">Mutual silences longer than the configured limit, outside holds, after the first speech.</param>
/// <param name="TalkOvers">Stretches where both channels carried speech.</param>
/// <param name="Holds">Holds: the call's hold events when known, else mutual silences long enough to be one.</param>
/// <param name="AgentResponseLatencies">Seconds from the end of each caller turn to the agent's next speech.</param>
public sealed record ConversationMetrics(
    double Duration,
    double CallerTalkSeconds,
    double AgentTalkSeconds,
    double AgentTalkRatio,
    IReadOnlyList<SpeechSpan> Silences,
    IReadOnlyList<SpeechSpan> TalkOvers,
    IReadOnlyList<SpeechSpan> Holds,
    IReadOnlyList<double> AgentResponseLatencies)
{
    /// <summary>Total seconds on hold.</summary>
    public double HoldSeconds => Holds.Sum(h => h.Length);

    /// <summary>Total seconds both talked at once.</summary>
    public double TalkOverSeconds => TalkOvers.Sum(t => t.Length);

    /// <summary>The mean agent response latency, 0 when the agent never answered a caller turn.</summary>
    public double MeanAgentResponseLatency => AgentResponseLatencies.Count == 0 ? 0 : AgentResponseLatencies.Average();
}
