namespace Hotline.Grains.People.Store;

/// <summary>A row of the question bank: the question as JSON, its topic for filtering.</summary>
public sealed class QuestionRecord : IDocumentRecord
{
    public required string Id { get; set; }
    public string Topic { get; set; } = "";
    public required string Document { get; set; }
}
