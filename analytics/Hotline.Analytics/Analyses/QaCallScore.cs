namespace Hotline.Analytics.Analyses;

/// <summary>A call's latest QA score on a 0–100 scale, with the agent who took the call.</summary>
public sealed record QaCallScore(string CallId, string Agent, double Score);
