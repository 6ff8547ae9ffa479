namespace Hotline.Analytics.Analyses;

/// <summary>Inbound calls that reached a queue over a range of local days, summed from the daily rollup.</summary>
/// <param name="Offered">Calls that reached a queue.</param>
/// <param name="Answered">Of those, answered by an agent.</param>
/// <param name="Abandoned">Of those, abandoned while waiting.</param>
/// <param name="AnsweredWithin20Seconds">Answered within 20 s (the rollup's service-level threshold).</param>
/// <param name="AnsweredWaitSeconds">Total queue wait of answered calls.</param>
/// <param name="HandleSeconds">Total talk + hold + wrap-up of answered calls.</param>
public sealed record CallTotals(long Offered, long Answered, long Abandoned, long AnsweredWithin20Seconds, double AnsweredWaitSeconds, double HandleSeconds)
{
    /// <summary>The service-level threshold the rollup counts answers within.</summary>
    public const int ServiceLevelSeconds = 20;

    /// <summary>ASA: mean wait of answered calls in seconds, 0 without answers.</summary>
    public double AverageSpeedOfAnswer => Answered == 0 ? 0 : AnsweredWaitSeconds / Answered;

    /// <summary>AHT: mean handle time of answered calls in seconds, 0 without answers.</summary>
    public double AverageHandleTime => Answered == 0 ? 0 : HandleSeconds / Answered;
}
