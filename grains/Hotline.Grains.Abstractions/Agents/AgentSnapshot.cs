namespace Hotline.Grains.Abstractions.Agents;

/// <summary>What an agent is doing now and the figures the ACD routes on.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.AgentSnapshot")]
public sealed record AgentSnapshot(
    [property: Id(0)] string Extension,
    [property: Id(1)] AgentStatus Status,
    [property: Id(2)] NotReadyReason? Reason,
    [property: Id(3)] DateTimeOffset Since,
    [property: Id(4)] string? CallId,
    [property: Id(5)] DateTimeOffset IdleSince,
    [property: Id(6)] TimeSpan TalkTimeToday,
    [property: Id(7)] TimeSpan LoggedInToday,
    [property: Id(8)] int CallsHandledToday)
{
    /// <summary>Share of logged-in time spent talking today (0–1); the least-occupied strategy routes on it.</summary>
    public double Occupancy => LoggedInToday <= TimeSpan.Zero ? 0 : Math.Min(1, TalkTimeToday / LoggedInToday);
}
