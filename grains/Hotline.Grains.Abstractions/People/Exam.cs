namespace Hotline.Grains.Abstractions.People;

/// <summary>An exam: the question pool, how many are drawn per paper, the time limit and the pass mark.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.People.Exam")]
public sealed record Exam
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Title { get; init; }
    /// <summary>The course the exam belongs to, if any.</summary>
    [Id(2)] public string? CourseId { get; init; }
    /// <summary>The question ids papers are drawn from.</summary>
    [Id(3)] public required IReadOnlyList<string> QuestionIds { get; init; }
    /// <summary>Questions per paper; 0 takes the whole pool (in a random order).</summary>
    [Id(4)] public int DrawCount { get; init; }
    [Id(5)] public required TimeSpan TimeLimit { get; init; }
    /// <summary>The share of points needed to pass, 0–100.</summary>
    [Id(6)] public double PassPercent { get; init; } = 60;
}
