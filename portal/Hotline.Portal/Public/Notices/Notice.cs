namespace Hotline.Portal.Public.Notices;

/// <summary>A 政务公开 notice as the staff API shows it.</summary>
public sealed record Notice(
    long Id, string Title, string Body, NoticeState State, DateTimeOffset CreatedAt, string CreatedBy,
    DateTimeOffset? PublishedAt, string? PublishedBy, DateTimeOffset? WithdrawnAt, string? WithdrawnBy)
{
    /// <summary>The notice a row holds.</summary>
    public static Notice From(NoticeRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(record.Id, record.Title, record.Body, Enum.Parse<NoticeState>(record.State), DateTimeOffset.FromUnixTimeMilliseconds(record.CreatedAtUnixMs),
            record.CreatedBy, Time(record.PublishedAtUnixMs), record.PublishedBy, Time(record.WithdrawnAtUnixMs), record.WithdrawnBy);
    }

    private static DateTimeOffset? Time(long? unixMs) => unixMs is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
}
