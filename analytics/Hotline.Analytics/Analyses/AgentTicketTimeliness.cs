namespace Hotline.Analytics.Analyses;

/// <summary>Tickets an agent took in (受理) over a window, and how many of them were later urged or supervised (催办/督办) for lateness.</summary>
public sealed record AgentTicketTimeliness(string Agent, long Created, long Late)
{
    /// <summary>The on-time share; null when the agent took in no tickets.</summary>
    public double? Rate => Created == 0 ? null : 1 - (double)Late / Created;
}
