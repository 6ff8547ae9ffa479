namespace Hotline.Portal.Qa;

/// <summary>A QA lead's decision on an appeal.</summary>
/// <param name="Upheld">True when the appeal succeeds.</param>
/// <param name="Decision">The lead's comment (required).</param>
public sealed record QaAppealDecisionRequest(bool? Upheld, string? Decision);
