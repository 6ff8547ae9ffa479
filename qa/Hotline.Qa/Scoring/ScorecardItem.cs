using Hotline.Qa.Scoring.Rules;

namespace Hotline.Qa.Scoring;

/// <summary>One scorecard line: its name, full points and the rule that scores it.</summary>
/// <param name="Id">Stable id within the card, e.g. "greeting".</param>
/// <param name="Name">Shown to inspectors, e.g. "标准开场白".</param>
/// <param name="Points">Full marks.</param>
/// <param name="Rule">How the item is scored.</param>
public sealed record ScorecardItem(
    string Id,
    string Name,
    double Points,
    ScoreRule Rule);
