namespace Hotline.Grains.Abstractions.People;

/// <summary>A question as the candidate sees it: options in the paper's order, no answers.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.People.ExamPaperQuestion")]
public sealed record ExamPaperQuestion(
    [property: Id(0)] string QuestionId,
    [property: Id(1)] QuestionKind Kind,
    [property: Id(2)] string Text,
    [property: Id(3)] IReadOnlyList<string> Options,
    [property: Id(4)] double Points);
