namespace Hotline.Qa.Review;

/// <summary>An inspector's change to one item's score, with the reason.</summary>
/// <param name="ItemId">The scorecard item.</param>
/// <param name="Previous">The score before.</param>
/// <param name="Corrected">The score after.</param>
/// <param name="Comment">Why (required).</param>
/// <param name="By">The inspector (or QA lead, on appeal).</param>
/// <param name="At">When.</param>
public sealed record ScoreCorrection(string ItemId, double Previous, double Corrected, string Comment, string By, DateTimeOffset At);
