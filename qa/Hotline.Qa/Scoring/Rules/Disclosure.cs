namespace Hotline.Qa.Scoring.Rules;

/// <summary>One thing the agent must tell the caller, and the phrasings that count.</summary>
/// <param name="Name">Shown when missing, e.g. "工单编号告知".</param>
/// <param name="Phrases">Any one of these counts.</param>
public sealed record Disclosure(string Name, IReadOnlyList<string> Phrases);
