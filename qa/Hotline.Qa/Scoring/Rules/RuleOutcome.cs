namespace Hotline.Qa.Scoring.Rules;

/// <summary>What a rule decided for one call.</summary>
/// <param name="Fraction">Share of the item's points earned (0–1).</param>
/// <param name="Evidence">The spans the decision rests on.</param>
/// <param name="Note">Why, for the inspector.</param>
/// <param name="NotApplicable">The rule does not apply to this call (full points).</param>
public sealed record RuleOutcome(double Fraction, IReadOnlyList<Evidence> Evidence, string Note, bool NotApplicable = false);
