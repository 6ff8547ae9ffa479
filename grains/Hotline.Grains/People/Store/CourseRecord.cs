namespace Hotline.Grains.People.Store;

/// <summary>A row of the courses table: the course as JSON.</summary>
public sealed class CourseRecord : IDocumentRecord
{
    public required string Id { get; set; }
    public required string Document { get; set; }
}
