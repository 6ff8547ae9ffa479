namespace Hotline.Reports.Archive;

/// <summary>One report kept in the archive: what it covers, where its PDF is (relative to the archive folder), and how it came about.</summary>
/// <param name="Id">A unique id (the file name without extension).</param>
/// <param name="Kind">daily, monthly, qa or review.</param>
/// <param name="From">The first day covered.</param>
/// <param name="To">The last day covered.</param>
/// <param name="Agent">The reviewed agent, for reviews.</param>
/// <param name="Title">The report's title.</param>
/// <param name="File">The PDF's path relative to the archive folder.</param>
/// <param name="Bytes">The PDF's size.</param>
/// <param name="HasData">False when the period held no data (the report says so).</param>
/// <param name="Source">"schedule:NAME" for scheduled reports, "request" for reports asked for through the API or CLI.</param>
/// <param name="CreatedAt">When it was generated.</param>
public sealed record ArchivedReport(
    string Id, string Kind, DateOnly From, DateOnly To, string? Agent, string Title, string File, long Bytes, bool HasData, string Source, DateTimeOffset CreatedAt);
