namespace Hotline.Grains.People.Store;

/// <summary>A row of the shift templates table: the template as JSON.</summary>
public sealed class ShiftTemplateRecord : IDocumentRecord
{
    public required string Id { get; set; }
    public required string Document { get; set; }
}
