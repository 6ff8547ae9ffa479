using System.Text.Json.Serialization;

namespace Hotline.Qa.Scoring.Rules;

/// <summary>How a scorecard item is scored; the JSON "kind" names the rule.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(OpeningRule), "opening")]
[JsonDerivedType(typeof(ClosingRule), "closing")]
[JsonDerivedType(typeof(IdentityVerificationRule), "identity")]
[JsonDerivedType(typeof(DisclosureRule), "disclosures")]
[JsonDerivedType(typeof(ForbiddenPhraseRule), "forbidden")]
[JsonDerivedType(typeof(EmpathyRule), "empathy")]
[JsonDerivedType(typeof(DeadAirRule), "dead-air")]
[JsonDerivedType(typeof(TalkOverRule), "talk-over")]
[JsonDerivedType(typeof(HoldRule), "hold")]
[JsonDerivedType(typeof(TicketCompletenessRule), "ticket")]
public abstract record ScoreRule
{
    /// <summary>Scores one call.</summary>
    public abstract RuleOutcome Evaluate(ScoringContext context);

    /// <summary>True when the rule reads what was said; without a transcript (no model) such items are left unscored.</summary>
    public virtual bool ReadsText => true;

    /// <summary>A configuration problem (empty list, negative threshold …) named for the scorecard loader; null when fine.</summary>
    public abstract string? Problem();
}
