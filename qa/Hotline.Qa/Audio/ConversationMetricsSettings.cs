namespace Hotline.Qa.Audio;

/// <summary>Thresholds of the conversation metrics.</summary>
/// <param name="SilenceSeconds">Mutual silence longer than this is reported (dead air).</param>
/// <param name="InferredHoldSeconds">Without hold events, mutual silence at least this long counts as a hold instead.</param>
/// <param name="TurnGapSeconds">Caller speech separated by less than this is one turn for response latency.</param>
public sealed record ConversationMetricsSettings(double SilenceSeconds = 5, double InferredHoldSeconds = 30, double TurnGapSeconds = 0.7);
