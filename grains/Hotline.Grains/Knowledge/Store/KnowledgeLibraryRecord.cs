namespace Hotline.Grains.Knowledge.Store;

/// <summary>A row of the knowledge libraries table; role lists are comma-separated platform role names.</summary>
public sealed class KnowledgeLibraryRecord
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public required string Kind { get; set; }
    public required string ReadRoles { get; set; }
    public required string EditRoles { get; set; }
    public required string ReviewRoles { get; set; }
}
