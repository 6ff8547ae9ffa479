namespace Hotline.Grains.Abstractions.People;

/// <summary>One exam attempt in a list (a trainer's grading queue, an exam's results): who, which exam, where it stands and what is left to grade.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.People.ExamAttemptSummary")]
public sealed record ExamAttemptSummary
{
    [Id(0)] public required string AttemptId { get; init; }
    [Id(1)] public required string ExamId { get; init; }
    /// <summary>The exam's title, or its id when the exam has since been removed.</summary>
    [Id(2)] public required string ExamTitle { get; init; }
    [Id(3)] public required string Employee { get; init; }
    [Id(4)] public required ExamAttemptState State { get; init; }
    [Id(5)] public required DateTimeOffset StartedAt { get; init; }
    [Id(6)] public DateTimeOffset? SubmittedAt { get; init; }
    /// <summary>Points awarded so far.</summary>
    [Id(7)] public double Score { get; init; }
    [Id(8)] public double MaxScore { get; init; }
    /// <summary>Short answers still waiting for a trainer's points.</summary>
    [Id(9)] public int Ungraded { get; init; }
}
