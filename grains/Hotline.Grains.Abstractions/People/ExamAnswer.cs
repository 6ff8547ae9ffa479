namespace Hotline.Grains.Abstractions.People;

/// <summary>The candidate's answer to one question: chosen option indexes in the paper's order, or the text of a short answer.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.People.ExamAnswer")]
public sealed record ExamAnswer(
    [property: Id(0)] string QuestionId,
    [property: Id(1)] IReadOnlyList<int> Selected,
    [property: Id(2)] string? Text = null);
