namespace Hotline.Grains.People.Store;

/// <summary>A row of the employee archive: one onboarding, course, exam, QA or review entry.</summary>
public sealed class ArchiveRecord
{
    public long Id { get; set; }
    public required string Employee { get; set; }
    public long AtUnixMs { get; set; }
    public required string Kind { get; set; }
    public required string Title { get; set; }
    /// <summary>The course id, attempt id, call id or review id; unique per employee and kind.</summary>
    public required string Reference { get; set; }
    public double? Score { get; set; }
    public string Detail { get; set; } = "";
}
