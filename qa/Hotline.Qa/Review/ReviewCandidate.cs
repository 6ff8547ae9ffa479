namespace Hotline.Qa.Review;

/// <summary>A scored call the sampling rules look at.</summary>
/// <param name="CallId">The call.</param>
/// <param name="AgentId">Who took it.</param>
/// <param name="ArrivedAt">When it arrived.</param>
/// <param name="Score">The automatic score (0–100).</param>
/// <param name="FlaggedByModel">The model's "needs review" flag.</param>
/// <param name="IsComplaint">A complaint (投诉) ticket came from the call, or the caller complained about the agent.</param>
/// <param name="AgentStartedOn">The agent's first working day, when known.</param>
public sealed record ReviewCandidate(string CallId, string AgentId, DateTimeOffset ArrivedAt, double Score, bool FlaggedByModel, bool IsComplaint, DateOnly? AgentStartedOn);
