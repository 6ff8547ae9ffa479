using Hotline.Grains.Abstractions.Agents;

namespace Hotline.Grains.Agents;

/// <summary>An agent's persisted profile, status and today's figures.</summary>
[GenerateSerializer, Alias("Hotline.AgentState")]
public sealed class AgentState
{
    [Id(0)] public AgentProfile? Profile { get; set; }

    [Id(1)] public AgentStatus Status { get; set; } = AgentStatus.LoggedOut;

    [Id(2)] public NotReadyReason? Reason { get; set; }

    [Id(3)] public DateTimeOffset Since { get; set; }

    [Id(4)] public string? CallId { get; set; }

    [Id(5)] public DateTimeOffset IdleSince { get; set; }

    [Id(6)] public DateTimeOffset? TalkStartedAt { get; set; }

    [Id(7)] public TimeSpan TalkTimeToday { get; set; }

    [Id(8)] public DateTimeOffset? LoggedInAt { get; set; }

    [Id(9)] public TimeSpan LoggedInEarlierToday { get; set; }

    [Id(10)] public int CallsHandledToday { get; set; }
}
