namespace Hotline.Portal.Public.Notices;

/// <summary>A row of <c>public_notices</c>; times are Unix milliseconds so SQLite and PostgreSQL sort them alike.</summary>
public sealed class NoticeRecord
{
    public long Id { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    /// <summary>The <see cref="NoticeState"/> name.</summary>
    public required string State { get; set; }

    public long CreatedAtUnixMs { get; set; }

    public required string CreatedBy { get; set; }

    public long? PublishedAtUnixMs { get; set; }

    public string? PublishedBy { get; set; }

    public long? WithdrawnAtUnixMs { get; set; }

    public string? WithdrawnBy { get; set; }
}
