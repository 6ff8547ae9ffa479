using System.Globalization;

namespace Hotline.Qa.Scoring.Rules;

/// <summary>静默: silences longer than <see cref="ThresholdSeconds"/> (holds excluded) beyond <see cref="Allowed"/> each cost <see cref="PenaltyPerExtra"/> of the points.</summary>
/// <param name="ThresholdSeconds">How long a silence must last to count.</param>
/// <param name="Allowed">Silences tolerated without penalty.</param>
/// <param name="PenaltyPerExtra">Share of the points lost per silence beyond those.</param>
public sealed record DeadAirRule(double ThresholdSeconds = 10, int Allowed = 0, double PenaltyPerExtra = 0.5) : ScoreRule
{
    /// <inheritdoc />
    public override bool ReadsText => false;

    /// <inheritdoc />
    public override RuleOutcome Evaluate(ScoringContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var longSilences = context.Timeline.Silences.Where(s => s.Length > ThresholdSeconds).ToList();
        var fraction = Math.Max(0, 1 - (Math.Max(0, longSilences.Count - Allowed) * PenaltyPerExtra));
        var evidence = longSilences.Select(s => new Evidence(null, s.Start, s.End, string.Format(CultureInfo.CurrentCulture, ScoringText.Silence, s.Length))).ToList();
        return new RuleOutcome(fraction, evidence, string.Format(CultureInfo.CurrentCulture, ScoringText.DeadAirCount, ThresholdSeconds, longSilences.Count, Allowed));
    }

    /// <inheritdoc />
    public override string? Problem() => ThresholdSeconds > 0 && Allowed >= 0 && PenaltyPerExtra > 0 ? null : "a dead-air rule needs thresholdSeconds > 0, allowed ≥ 0 and penaltyPerExtra > 0";
}
