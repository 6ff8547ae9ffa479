namespace Hotline.Portal.Components.Pages.Qa;

/// <summary>What an inspector submits to change one item's score: the item, the new points and why.</summary>
/// <param name="ItemId">The scorecard item.</param>
/// <param name="Score">The corrected points.</param>
/// <param name="Reason">Why (required: the correction is audited and the agent reads it).</param>
public sealed record ScoreCorrectionInput(string ItemId, double Score, string Reason);
