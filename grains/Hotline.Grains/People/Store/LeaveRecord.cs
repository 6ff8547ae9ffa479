namespace Hotline.Grains.People.Store;

/// <summary>A row of the leave table.</summary>
public sealed class LeaveRecord
{
    public long Id { get; set; }
    public required string Agent { get; set; }
    public long FromUnixMs { get; set; }
    public long ToUnixMs { get; set; }
    public required string Kind { get; set; }
}
