namespace Hotline.Portal.Qa;

/// <summary>An inspector finishes a review, with an optional overall remark.</summary>
/// <param name="Summary">The remark shown to the agent.</param>
public sealed record QaReviewCompleteRequest(string? Summary);
