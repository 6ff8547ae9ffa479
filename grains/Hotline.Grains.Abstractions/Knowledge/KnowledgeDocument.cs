namespace Hotline.Grains.Abstractions.Knowledge;

/// <summary>An article as it travels in an import or export file: its library and content.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Knowledge.KnowledgeDocument")]
public sealed record KnowledgeDocument(
    [property: Id(0)] string LibraryId,
    [property: Id(1)] KnowledgeContent Content);
