using System.Globalization;

namespace Hotline.Qa.Scoring.Rules;

/// <summary>保持时长: no single hold longer than <see cref="MaxSingleSeconds"/> and no more than <see cref="MaxTotalSeconds"/> in all; each breach halves the points.</summary>
/// <param name="MaxSingleSeconds">Longest acceptable hold.</param>
/// <param name="MaxTotalSeconds">Longest acceptable total.</param>
public sealed record HoldRule(double MaxSingleSeconds = 60, double MaxTotalSeconds = 180) : ScoreRule
{
    /// <inheritdoc />
    public override bool ReadsText => false;

    /// <inheritdoc />
    public override RuleOutcome Evaluate(ScoringContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var holds = context.Timeline.Holds;
        if (holds.Count == 0)
            return new RuleOutcome(1, [], ScoringText.HoldNone);
        var total = holds.Sum(h => h.Length);
        var longest = holds.Max(h => h.Length);
        var breaches = (longest > MaxSingleSeconds ? 1 : 0) + (total > MaxTotalSeconds ? 1 : 0);
        var evidence = holds.Where(h => h.Length > MaxSingleSeconds || total > MaxTotalSeconds)
            .Select(h => new Evidence(null, h.Start, h.End, "")).ToList();
        return new RuleOutcome(breaches switch { 0 => 1, 1 => 0.5, _ => 0 }, evidence,
            string.Format(CultureInfo.CurrentCulture, ScoringText.HoldSummary, holds.Count, total, longest, MaxSingleSeconds, MaxTotalSeconds));
    }

    /// <inheritdoc />
    public override string? Problem() => MaxSingleSeconds > 0 && MaxTotalSeconds >= MaxSingleSeconds ? null : "a hold rule needs maxSingleSeconds > 0 and maxTotalSeconds ≥ maxSingleSeconds";
}
