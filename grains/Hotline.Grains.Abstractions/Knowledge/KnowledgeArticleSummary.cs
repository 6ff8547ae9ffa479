namespace Hotline.Grains.Abstractions.Knowledge;

/// <summary>An article in a list: what a reader needs to pick it, without its body.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Knowledge.KnowledgeArticleSummary")]
public sealed record KnowledgeArticleSummary
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string LibraryId { get; init; }
    [Id(2)] public required string Title { get; init; }
    [Id(3)] public string? Code { get; init; }
    [Id(4)] public IReadOnlyList<string> Tags { get; init; } = [];
    [Id(5)] public required KnowledgeState State { get; init; }
    [Id(6)] public required int LatestVersion { get; init; }
    [Id(7)] public int? PublishedVersion { get; init; }
    [Id(8)] public required DateTimeOffset UpdatedAt { get; init; }
    [Id(9)] public DateTimeOffset? LastReviewedAt { get; init; }
    [Id(10)] public long UsageCount { get; init; }
    /// <summary>Published and not reviewed within the configured number of days.</summary>
    [Id(11)] public bool IsStale { get; init; }
}
