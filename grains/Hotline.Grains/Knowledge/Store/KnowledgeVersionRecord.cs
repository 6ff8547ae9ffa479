namespace Hotline.Grains.Knowledge.Store;

/// <summary>A row of the versions table: one article's content as one edit left it.</summary>
public sealed class KnowledgeVersionRecord : IKnowledgeContentColumns
{
    public long Id { get; set; }
    public required string ArticleId { get; set; }
    public int Number { get; set; }
    public required string Title { get; set; }
    public string? Code { get; set; }
    public required string Tags { get; set; }
    public required string Format { get; set; }
    public required string Body { get; set; }
    public required string Tables { get; set; }
    public required string Author { get; set; }
    public long AtUnixMs { get; set; }
    public string? Note { get; set; }
}
