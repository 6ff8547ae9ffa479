namespace Hotline.Grains.Abstractions.Knowledge;

/// <summary>An article as a reader sees it: editors and reviewers see the working version, agents the published one.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Knowledge.KnowledgeArticleSnapshot")]
public sealed record KnowledgeArticleSnapshot
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string LibraryId { get; init; }
    [Id(2)] public required KnowledgeState State { get; init; }
    [Id(3)] public required KnowledgeContent Content { get; init; }
    /// <summary>The version <see cref="Content"/> comes from.</summary>
    [Id(4)] public required int Version { get; init; }
    /// <summary>The newest version (the working copy).</summary>
    [Id(5)] public required int LatestVersion { get; init; }
    /// <summary>The version agents read; null until the article is first published.</summary>
    [Id(6)] public int? PublishedVersion { get; init; }
    [Id(7)] public KnowledgeLock? Lock { get; init; }
    [Id(8)] public required string Author { get; init; }
    [Id(9)] public string? SubmittedBy { get; init; }
    [Id(10)] public string? Reviewer { get; init; }
    [Id(11)] public required DateTimeOffset CreatedAt { get; init; }
    [Id(12)] public required DateTimeOffset UpdatedAt { get; init; }
    [Id(13)] public DateTimeOffset? LastReviewedAt { get; init; }
    /// <summary>How often agents used the article in calls.</summary>
    [Id(14)] public long UsageCount { get; init; }
}
