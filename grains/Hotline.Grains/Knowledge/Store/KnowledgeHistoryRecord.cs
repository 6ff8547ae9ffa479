namespace Hotline.Grains.Knowledge.Store;

/// <summary>A row of the article history: one action (edit, submit, approve, lock forced free …), who took it, when, and the states around it.</summary>
public sealed class KnowledgeHistoryRecord
{
    public long Id { get; set; }
    public required string ArticleId { get; set; }
    public required string Action { get; set; }
    public required string Actor { get; set; }
    public long AtUnixMs { get; set; }
    public string? FromState { get; set; }
    public required string ToState { get; set; }
    public string? Note { get; set; }
}
