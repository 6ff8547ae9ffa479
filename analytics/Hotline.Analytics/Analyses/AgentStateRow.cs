namespace Hotline.Analytics.Analyses;

/// <summary>One recorded agent-state interval.</summary>
/// <param name="State">The state's name (Ready, NotReady, Ringing, Talking, WrapUp, LoggedOut).</param>
/// <param name="Reason">The not-ready reason, empty otherwise.</param>
public sealed record AgentStateRow(string State, string Reason, DateTimeOffset StartedAt, DateTimeOffset EndedAt);
