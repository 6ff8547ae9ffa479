namespace Hotline.Analytics.Analyses;

/// <summary>A queue's service figures over a window.</summary>
/// <param name="Queue">The queue.</param>
/// <param name="Offered">Calls that entered the queue.</param>
/// <param name="Answered">Of those, answered by an agent.</param>
/// <param name="Abandoned">Of those, abandoned by the caller while waiting.</param>
/// <param name="AnsweredWithinTarget">Answered within the service-level target.</param>
/// <param name="AverageSpeedOfAnswer">ASA: mean wait of answered calls, seconds (0 when none).</param>
/// <param name="AverageHandleTime">AHT: mean talk + hold + wrap-up of answered calls, seconds (0 when none).</param>
/// <param name="CallsWaiting">Calls waiting at the latest snapshot not after the window's end.</param>
/// <param name="LongestWaitSeconds">The longest wait at that snapshot.</param>
public sealed record QueueKpis(string Queue, long Offered, long Answered, long Abandoned, long AnsweredWithinTarget,
    double AverageSpeedOfAnswer, double AverageHandleTime, long CallsWaiting, double LongestWaitSeconds)
{
    /// <summary>Service level: answered within target ÷ (answered + abandoned), as the queue grains count it; null with no calls.</summary>
    public double? ServiceLevel => Answered + Abandoned == 0 ? null : (double)AnsweredWithinTarget / (Answered + Abandoned);

    /// <summary>Abandoned ÷ offered; null with no calls.</summary>
    public double? AbandonmentRate => Offered == 0 ? null : (double)Abandoned / Offered;
}
