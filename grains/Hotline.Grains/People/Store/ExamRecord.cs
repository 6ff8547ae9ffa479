namespace Hotline.Grains.People.Store;

/// <summary>A row of the exams table: the exam definition as JSON.</summary>
public sealed class ExamRecord : IDocumentRecord
{
    public required string Id { get; set; }
    public required string Document { get; set; }
}
