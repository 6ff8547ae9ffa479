namespace Hotline.Qa.Review;

/// <summary>One call's review: why it was sampled, who reviewed it, the corrections, and the agent's answer.</summary>
/// <param name="CallId">The call.</param>
/// <param name="AgentId">Who took it.</param>
/// <param name="ArrivedAt">When the call arrived.</param>
/// <param name="Reasons">Why it was sampled, most urgent first.</param>
/// <param name="AutoScore">The automatic total (0–100), kept as it was for comparison.</param>
/// <param name="ItemScores">The automatic score per scorecard item, corrected in place as inspectors change them.</param>
/// <param name="ItemPoints">Each item's full marks (a correction cannot exceed them).</param>
/// <param name="Status">Where the review stands.</param>
/// <param name="EnqueuedAt">When it joined the queue.</param>
public sealed record CallReview(
    string CallId,
    string AgentId,
    DateTimeOffset ArrivedAt,
    IReadOnlyList<SamplingReason> Reasons,
    double AutoScore,
    IReadOnlyDictionary<string, double> ItemScores,
    IReadOnlyDictionary<string, double> ItemPoints,
    ReviewStatus Status,
    DateTimeOffset EnqueuedAt)
{
    /// <summary>The inspector who claimed it.</summary>
    public string? Inspector { get; init; }

    /// <summary>Every correction, oldest first.</summary>
    public IReadOnlyList<ScoreCorrection> Corrections { get; init; } = [];

    /// <summary>The inspector's overall remark.</summary>
    public string? Summary { get; init; }

    /// <summary>When the inspector finished.</summary>
    public DateTimeOffset? ReviewedAt { get; init; }

    /// <summary>When the agent acknowledged the result.</summary>
    public DateTimeOffset? AcknowledgedAt { get; init; }

    /// <summary>The agent's appeal, if any.</summary>
    public Appeal? Appeal { get; init; }

    /// <summary>The total after corrections on the same 0–100 scale as <see cref="AutoScore"/> (a card's points need not add up to 100).</summary>
    public double FinalScore => ItemPoints.Values.Sum() is var full and > 0 ? ItemScores.Values.Sum() / full * 100 : 0;
}
