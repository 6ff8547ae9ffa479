namespace Hotline.Portal.Qa;

/// <summary>An inspector's correction of one scorecard item on a call under review.</summary>
/// <param name="ItemId">The scorecard item, e.g. "greeting".</param>
/// <param name="Score">The corrected points (0 – the item's full marks).</param>
/// <param name="Comment">Why (required).</param>
public sealed record QaCorrectionRequest(string? ItemId, double? Score, string? Comment);
