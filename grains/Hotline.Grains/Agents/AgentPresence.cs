using Hotline.Grains.Abstractions.Agents;

namespace Hotline.Grains.Agents;

/// <summary>
/// What an agent is doing now and today's figures. Kept in memory only: after a restart the phones register again
/// and agents log in again, so a remembered "ready" or "talking" would route calls to nobody.
/// </summary>
internal sealed class AgentPresence
{
    public AgentStatus Status { get; set; } = AgentStatus.LoggedOut;

    public NotReadyReason? Reason { get; set; }

    public DateTimeOffset Since { get; set; }

    public string? CallId { get; set; }

    /// <summary>The queue of the call the agent is busy with (for its intervals); null for placed calls and when idle.</summary>
    public string? Queue { get; set; }

    public DateTimeOffset IdleSince { get; set; }

    public DateTimeOffset? TalkStartedAt { get; set; }

    public TimeSpan TalkTimeToday { get; set; }

    public DateTimeOffset? LoggedInAt { get; set; }

    public TimeSpan LoggedInEarlierToday { get; set; }

    public int CallsHandledToday { get; set; }
}
