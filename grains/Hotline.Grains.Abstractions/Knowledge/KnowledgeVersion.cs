namespace Hotline.Grains.Abstractions.Knowledge;

/// <summary>One stored version of an article: its content, who wrote it, when, and why (e.g. "restored from version 2").</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Knowledge.KnowledgeVersion")]
public sealed record KnowledgeVersion(
    [property: Id(0)] int Number,
    [property: Id(1)] KnowledgeContent Content,
    [property: Id(2)] string Author,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string? Note);
