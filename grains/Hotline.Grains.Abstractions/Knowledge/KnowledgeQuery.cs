namespace Hotline.Grains.Abstractions.Knowledge;

/// <summary>Filters for listing articles; a code matches itself and every code under it ("02" finds "02.01").</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Knowledge.KnowledgeQuery")]
public sealed record KnowledgeQuery
{
    [Id(0)] public string? LibraryId { get; init; }
    [Id(1)] public string? Code { get; init; }
    [Id(2)] public KnowledgeState? State { get; init; }
    [Id(3)] public string? Tag { get; init; }
    /// <summary>Only published articles not reviewed within the configured number of days.</summary>
    [Id(4)] public bool StaleOnly { get; init; }
    [Id(5)] public int Skip { get; init; }
    [Id(6)] public int Take { get; init; } = 50;

    /// <summary>Everything the reader may see.</summary>
    public static KnowledgeQuery All { get; } = new() { Take = int.MaxValue };
}
