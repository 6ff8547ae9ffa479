namespace Hotline.Grains.Knowledge.Store;

/// <summary>A row of the classification codes table (编码管理).</summary>
public sealed class KnowledgeCodeRecord
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? ParentCode { get; set; }
}
