namespace Hotline.Grains.Abstractions.Knowledge;

/// <summary>One column of a table: its header and value type.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Knowledge.KnowledgeColumn")]
public sealed record KnowledgeColumn(
    [property: Id(0)] string Name,
    [property: Id(1)] KnowledgeColumnType Type = KnowledgeColumnType.Text);
