namespace Hotline.Grains.People.Store;

/// <summary>A row of the reviews table: the review as JSON with the columns lists filter on.</summary>
public sealed class ReviewRecord
{
    public required string Id { get; set; }
    public required string Employee { get; set; }
    public required string Role { get; set; }
    /// <summary>The first day (<see cref="DateOnly.DayNumber"/>).</summary>
    public int FromDay { get; set; }
    /// <summary>The last day, inclusive (<see cref="DateOnly.DayNumber"/>).</summary>
    public int ToDay { get; set; }
    public required string State { get; set; }
    public required string Document { get; set; }
}
