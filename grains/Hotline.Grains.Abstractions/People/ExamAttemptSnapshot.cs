namespace Hotline.Grains.Abstractions.People;

/// <summary>An exam attempt as it stands: state, per-question results and, once graded, the score and whether it passed.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.People.ExamAttemptSnapshot")]
public sealed record ExamAttemptSnapshot
{
    [Id(0)] public required string AttemptId { get; init; }
    [Id(1)] public required string ExamId { get; init; }
    [Id(2)] public required string Employee { get; init; }
    [Id(3)] public required ExamAttemptState State { get; init; }
    [Id(4)] public required DateTimeOffset StartedAt { get; init; }
    [Id(5)] public required DateTimeOffset Deadline { get; init; }
    [Id(6)] public DateTimeOffset? SubmittedAt { get; init; }
    [Id(7)] public IReadOnlyList<QuestionResult> Results { get; init; } = [];
    /// <summary>Points awarded so far.</summary>
    [Id(8)] public double Score { get; init; }
    [Id(9)] public double MaxScore { get; init; }
    /// <summary>Score ÷ max × 100 once graded or expired, null before.</summary>
    [Id(10)] public double? Percent { get; init; }
    [Id(11)] public bool? Passed { get; init; }
}
