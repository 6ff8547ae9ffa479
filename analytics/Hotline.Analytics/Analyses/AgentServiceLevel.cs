namespace Hotline.Analytics.Analyses;

/// <summary>An agent's share in the service level: calls answered, and of those the ones that waited no longer than the target.</summary>
public sealed record AgentServiceLevel(string Agent, long Answered, long WithinTarget)
{
    /// <summary>Within ÷ answered; null when the agent answered nothing.</summary>
    public double? Rate => Answered == 0 ? null : (double)WithinTarget / Answered;
}
