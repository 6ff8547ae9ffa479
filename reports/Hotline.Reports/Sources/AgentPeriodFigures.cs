namespace Hotline.Reports.Sources;

/// <summary>What one agent did in a review period, as the analytics store records it.</summary>
/// <param name="Agent">The agent id.</param>
/// <param name="Answered">Calls answered.</param>
/// <param name="AverageHandleSeconds">Mean talk + hold + wrap-up of those calls.</param>
/// <param name="QaScored">Calls QA-scored.</param>
/// <param name="QaPassed">Of those, at or above the pass mark.</param>
/// <param name="QaAverage">Mean QA score 0–100, null without scores.</param>
/// <param name="Surveys">Survey answers about the agent.</param>
/// <param name="Satisfied">Of those, rated 4 or 5.</param>
/// <param name="BusySeconds">Time talking or in wrap-up.</param>
/// <param name="AvailableSeconds">Time logged in and available (ready, ringing, talking, wrap-up).</param>
public sealed record AgentPeriodFigures(
    string Agent, long Answered, double AverageHandleSeconds, long QaScored, long QaPassed, double? QaAverage, long Surveys, long Satisfied,
    double BusySeconds, double AvailableSeconds)
{
    /// <summary>Satisfied ÷ surveys, null without surveys.</summary>
    public double? SatisfiedRate => Surveys == 0 ? null : (double)Satisfied / Surveys;

    /// <summary>Busy ÷ available, null without available time.</summary>
    public double? Occupancy => AvailableSeconds <= 0 ? null : BusySeconds / AvailableSeconds;

    /// <summary>True when the period holds anything about the agent.</summary>
    public bool HasData => Answered > 0 || QaScored > 0 || Surveys > 0 || AvailableSeconds > 0;
}
