namespace Hotline.Grains.Abstractions.People;

/// <summary>A question of the bank: its text, options (none for short answers), the indexes of the right options, and its points.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.People.Question")]
public sealed record Question
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required QuestionKind Kind { get; init; }
    [Id(2)] public required string Text { get; init; }
    /// <summary>The options as written; true/false questions have two (对, 错).</summary>
    [Id(3)] public IReadOnlyList<string> Options { get; init; } = [];
    /// <summary>Indexes into <see cref="Options"/> of the right answers; empty for short answers.</summary>
    [Id(4)] public IReadOnlyList<int> Correct { get; init; } = [];
    [Id(5)] public double Points { get; init; } = 1;
    /// <summary>A topic for filtering the bank (e.g. 出租车投诉).</summary>
    [Id(6)] public string Topic { get; init; } = "";
    /// <summary>A model answer for trainers grading short answers.</summary>
    [Id(7)] public string Guidance { get; init; } = "";
}
