namespace Hotline.Grains.People.Store;

/// <summary>A people row that holds its value as a JSON document.</summary>
public interface IDocumentRecord
{
    /// <summary>The value as JSON (<see cref="PeopleJson"/>).</summary>
    string Document { get; set; }
}
