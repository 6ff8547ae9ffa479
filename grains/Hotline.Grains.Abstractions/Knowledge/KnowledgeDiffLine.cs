namespace Hotline.Grains.Abstractions.Knowledge;

/// <summary>One line of a version diff.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Knowledge.KnowledgeDiffLine")]
public sealed record KnowledgeDiffLine(
    [property: Id(0)] KnowledgeDiffKind Kind,
    [property: Id(1)] string Text);
