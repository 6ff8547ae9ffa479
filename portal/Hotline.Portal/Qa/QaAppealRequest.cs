namespace Hotline.Portal.Qa;

/// <summary>An agent's appeal against a reviewed score.</summary>
/// <param name="Reason">What the agent says is wrong (required).</param>
public sealed record QaAppealRequest(string? Reason);
