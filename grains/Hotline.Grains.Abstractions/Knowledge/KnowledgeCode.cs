namespace Hotline.Grains.Abstractions.Knowledge;

/// <summary>A classification code of the knowledge base (编码管理), e.g. "02.01" 出租汽车 under "02" 道路运输.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Knowledge.KnowledgeCode")]
public sealed record KnowledgeCode(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] string? ParentCode);
