namespace Hotline.Analytics.Analyses;

/// <summary>An agent's figures over a window.</summary>
/// <param name="Agent">The agent id.</param>
/// <param name="Answered">Calls answered.</param>
/// <param name="AverageHandleTime">AHT of those calls, seconds.</param>
/// <param name="BusySeconds">Time talking or in wrap-up (state intervals clipped to the window).</param>
/// <param name="AvailableSeconds">Time logged in and available for calls: ready, ringing, talking or in wrap-up.</param>
public sealed record AgentKpis(string Agent, long Answered, double AverageHandleTime, double BusySeconds, double AvailableSeconds)
{
    /// <summary>Occupancy: busy ÷ available; null when the agent was never available.</summary>
    public double? Occupancy => AvailableSeconds <= 0 ? null : BusySeconds / AvailableSeconds;
}
