namespace Hotline.Grains.Abstractions.Calls;

/// <summary>One call placed to a citizen on an agent's behalf: when, by whom, and how it ended (null while it lasts).</summary>
[GenerateSerializer, Immutable, Alias("Hotline.PlacedCallAttempt")]
public sealed record PlacedCallAttempt(
    [property: Id(0)] string CallId,
    [property: Id(1)] string Agent,
    [property: Id(2)] DateTimeOffset StartedAt,
    [property: Id(3)] OutboundResult? Result = null,
    [property: Id(4)] string Reason = "",
    [property: Id(5)] DateTimeOffset? EndedAt = null)
{
    /// <summary>Counts against the retry limit: the citizen's number was called (not when the agent's own phone was missed).</summary>
    public bool Counts => Result != OutboundResult.AgentMissed;
}
