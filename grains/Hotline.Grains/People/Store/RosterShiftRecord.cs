namespace Hotline.Grains.People.Store;

/// <summary>A row of the roster: an agent on a template's shift on a local day (<see cref="DateOnly.DayNumber"/>).</summary>
public sealed class RosterShiftRecord
{
    public required string Agent { get; set; }
    public int Day { get; set; }
    public required string TemplateId { get; set; }
}
