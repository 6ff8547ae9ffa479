namespace Hotline.Reports.Sources;

/// <summary>A call an inspector marked as a typical case; the QA summary adds the agent and score from the call's QA score.</summary>
/// <param name="CallId">The call.</param>
/// <param name="Title">The case's title.</param>
/// <param name="Note">What to listen for (may be empty).</param>
/// <param name="Exemplary">True for a model to follow, false for a mistake to learn from.</param>
public sealed record MarkedCase(string CallId, string Title, string Note, bool Exemplary);
