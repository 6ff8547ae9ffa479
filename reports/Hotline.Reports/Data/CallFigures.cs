namespace Hotline.Reports.Data;

/// <summary>Inbound call figures for a period (from the CDRs).</summary>
/// <param name="Offered">Calls that reached a queue.</param>
/// <param name="Answered">Calls an agent answered.</param>
/// <param name="Abandoned">Calls the caller hung up before an answer.</param>
/// <param name="AnsweredWithinTarget">Calls answered within <paramref name="ServiceLevelTargetSeconds"/>.</param>
/// <param name="ServiceLevelTargetSeconds">The service-level threshold, e.g. 20 s.</param>
/// <param name="AverageSpeedOfAnswerSeconds">ASA: mean queue wait of answered calls.</param>
/// <param name="AverageHandleTimeSeconds">AHT: mean talk + hold + after-call work of answered calls.</param>
public sealed record CallFigures(
    long Offered,
    long Answered,
    long Abandoned,
    long AnsweredWithinTarget,
    int ServiceLevelTargetSeconds,
    double AverageSpeedOfAnswerSeconds,
    double AverageHandleTimeSeconds)
{
    /// <summary>Answered ÷ offered, or null without calls.</summary>
    public double? AnswerRate => Offered == 0 ? null : (double)Answered / Offered;

    /// <summary>Answered within the target ÷ offered, or null without calls.</summary>
    public double? ServiceLevel => Offered == 0 ? null : (double)AnsweredWithinTarget / Offered;

    /// <summary>Abandoned ÷ offered, or null without calls.</summary>
    public double? AbandonRate => Offered == 0 ? null : (double)Abandoned / Offered;
}
