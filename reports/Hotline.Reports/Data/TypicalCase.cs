namespace Hotline.Reports.Data;

/// <summary>A call marked as a typical case (典型案例), good or bad, with why.</summary>
/// <param name="Reference">The call id.</param>
/// <param name="Agent">Who took the call; empty when the call has no QA score.</param>
/// <param name="Score">The call's latest QA score (0–100); null when it has none.</param>
/// <param name="Exemplary">A model to follow (true) or a mistake to learn from.</param>
/// <param name="Summary">The case's title and what to listen for.</param>
public sealed record TypicalCase(string Reference, string Agent, double? Score, bool Exemplary, string Summary);
