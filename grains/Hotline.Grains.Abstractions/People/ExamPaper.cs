namespace Hotline.Grains.Abstractions.People;

/// <summary>One attempt's paper: drawn from the exam's pool with <see cref="Seed"/>, so the same attempt always gets the same paper.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.People.ExamPaper")]
public sealed record ExamPaper
{
    [Id(0)] public required string AttemptId { get; init; }
    [Id(1)] public required string ExamId { get; init; }
    [Id(2)] public required string Employee { get; init; }
    [Id(3)] public required int Seed { get; init; }
    [Id(4)] public required DateTimeOffset StartedAt { get; init; }
    [Id(5)] public required DateTimeOffset Deadline { get; init; }
    [Id(6)] public required IReadOnlyList<ExamPaperQuestion> Questions { get; init; }
}
