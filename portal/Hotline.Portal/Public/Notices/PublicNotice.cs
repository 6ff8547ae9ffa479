namespace Hotline.Portal.Public.Notices;

/// <summary>A published notice as citizens see it: no staff names.</summary>
public sealed record PublicNotice(long Id, string Title, string Body, DateTimeOffset PublishedAt)
{
    /// <summary>The citizen view of a published notice.</summary>
    public static PublicNotice From(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return new(notice.Id, notice.Title, notice.Body, notice.PublishedAt ?? notice.CreatedAt);
    }
}
