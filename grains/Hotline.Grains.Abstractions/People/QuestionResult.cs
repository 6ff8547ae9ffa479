namespace Hotline.Grains.Abstractions.People;

/// <summary>The grading of one question of an attempt; <see cref="Awarded"/> is null while a short answer waits for a trainer.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.People.QuestionResult")]
public sealed record QuestionResult
{
    [Id(0)] public required string QuestionId { get; init; }
    [Id(1)] public required QuestionKind Kind { get; init; }
    [Id(2)] public required double Points { get; init; }
    [Id(3)] public double? Awarded { get; init; }
    /// <summary>The candidate's chosen options, as indexes into the question's own option list.</summary>
    [Id(4)] public IReadOnlyList<int> Chosen { get; init; } = [];
    [Id(5)] public string? Text { get; init; }
    [Id(6)] public string? GradedBy { get; init; }
    [Id(7)] public string? Comment { get; init; }
}
