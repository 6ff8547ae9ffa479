namespace Hotline.Grains.Knowledge.Store;

/// <summary>A row of the articles table: the working version's content, the workflow state, the lock and the counters (every version is in <see cref="KnowledgeVersionRecord"/>).</summary>
public sealed class KnowledgeArticleRecord : IKnowledgeContentColumns
{
    public required string Id { get; set; }
    public required string LibraryId { get; set; }
    public required string Title { get; set; }
    public string? Code { get; set; }
    public required string Tags { get; set; }
    public required string Format { get; set; }
    public required string Body { get; set; }
    public required string Tables { get; set; }
    public required string State { get; set; }
    public int LatestVersion { get; set; }
    public int? PublishedVersion { get; set; }
    public required string Author { get; set; }
    public string? SubmittedBy { get; set; }
    public string? Reviewer { get; set; }
    public string? LockHolder { get; set; }
    /// <summary>Unix milliseconds (integers, because SQLite cannot compare DateTimeOffset).</summary>
    public long LockExpiresUnixMs { get; set; }
    public long CreatedAtUnixMs { get; set; }
    public long UpdatedAtUnixMs { get; set; }
    public long? LastReviewedAtUnixMs { get; set; }
    public long UsageCount { get; set; }
    public long? LastUsedAtUnixMs { get; set; }
}
