using System.Text.Json;
using Hotline.Grains.Abstractions.Knowledge;

namespace Hotline.Grains.Knowledge.Store;

/// <summary>Converts between knowledge rows and the types grains and callers see.</summary>
public static class KnowledgeRecordMapping
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The library of a row.</summary>
    public static KnowledgeLibrary ToLibrary(KnowledgeLibraryRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new KnowledgeLibrary(record.Id, record.Name, Enum.Parse<KnowledgeLibraryKind>(record.Kind),
            SplitRoles(record.ReadRoles), SplitRoles(record.EditRoles), SplitRoles(record.ReviewRoles));
    }

    /// <summary>The code of a row.</summary>
    public static KnowledgeCode ToCode(KnowledgeCodeRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new KnowledgeCode(record.Code, record.Name, record.ParentCode);
    }

    /// <summary>Writes content into an article row (the working copy) or a version row.</summary>
    public static void SetContent(IKnowledgeContentColumns record, KnowledgeContent content)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(content);
        record.Title = content.Title;
        record.Code = content.Code;
        record.Tags = JoinTags(content.Tags);
        record.Format = content.Format.ToString();
        record.Body = content.Body;
        record.Tables = JsonSerializer.Serialize(content.Tables, Json);
    }

    /// <summary>The content of an article row (its working copy) or a version row.</summary>
    public static KnowledgeContent ContentOf(IKnowledgeContentColumns record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new KnowledgeContent
        {
            Title = record.Title, Code = record.Code, Tags = SplitTags(record.Tags), Format = Enum.Parse<KnowledgeBodyFormat>(record.Format),
            Body = record.Body, Tables = JsonSerializer.Deserialize<List<KnowledgeTable>>(record.Tables, Json) ?? [],
        };
    }

    /// <summary>A version row holding <paramref name="content"/>.</summary>
    public static KnowledgeVersionRecord ToVersionRecord(string articleId, int number, KnowledgeContent content, string author, DateTimeOffset at, string? note)
    {
        var version = new KnowledgeVersionRecord
        {
            ArticleId = articleId, Number = number, Title = "", Tags = "", Format = "", Body = "", Tables = "[]",
            Author = author, AtUnixMs = at.ToUnixTimeMilliseconds(), Note = note,
        };
        SetContent(version, content);
        return version;
    }

    /// <summary>The version of a version row.</summary>
    public static KnowledgeVersion ToVersion(KnowledgeVersionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new KnowledgeVersion(record.Number, ContentOf(record), record.Author, DateTimeOffset.FromUnixTimeMilliseconds(record.AtUnixMs), record.Note);
    }

    /// <summary>The snapshot of an article row showing <paramref name="content"/> from version <paramref name="version"/>.</summary>
    public static KnowledgeArticleSnapshot ToSnapshot(KnowledgeArticleRecord record, KnowledgeContent content, int version, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new KnowledgeArticleSnapshot
        {
            Id = record.Id, LibraryId = record.LibraryId, State = Enum.Parse<KnowledgeState>(record.State), Content = content,
            Version = version, LatestVersion = record.LatestVersion, PublishedVersion = record.PublishedVersion,
            Lock = LockOf(record, now), Author = record.Author, SubmittedBy = record.SubmittedBy, Reviewer = record.Reviewer,
            CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(record.CreatedAtUnixMs),
            UpdatedAt = DateTimeOffset.FromUnixTimeMilliseconds(record.UpdatedAtUnixMs),
            LastReviewedAt = record.LastReviewedAtUnixMs is { } reviewed ? DateTimeOffset.FromUnixTimeMilliseconds(reviewed) : null,
            UsageCount = record.UsageCount,
        };
    }

    /// <summary>The summary of an article row; <paramref name="staleBefore"/> is the review time before which a published article counts as stale.</summary>
    public static KnowledgeArticleSummary ToSummary(KnowledgeArticleRecord record, DateTimeOffset staleBefore)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new KnowledgeArticleSummary
        {
            Id = record.Id, LibraryId = record.LibraryId, Title = record.Title, Code = record.Code, Tags = SplitTags(record.Tags),
            State = Enum.Parse<KnowledgeState>(record.State), LatestVersion = record.LatestVersion, PublishedVersion = record.PublishedVersion,
            UpdatedAt = DateTimeOffset.FromUnixTimeMilliseconds(record.UpdatedAtUnixMs),
            LastReviewedAt = record.LastReviewedAtUnixMs is { } reviewed ? DateTimeOffset.FromUnixTimeMilliseconds(reviewed) : null,
            UsageCount = record.UsageCount,
            IsStale = IsStale(record, staleBefore),
        };
    }

    /// <summary>Whether a row is a published article last reviewed before <paramref name="staleBefore"/>.</summary>
    public static bool IsStale(KnowledgeArticleRecord record, DateTimeOffset staleBefore)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.PublishedVersion is not null && record.State != nameof(KnowledgeState.Archived)
            && (record.LastReviewedAtUnixMs ?? record.CreatedAtUnixMs) < staleBefore.ToUnixTimeMilliseconds();
    }

    /// <summary>The unexpired lock of a row, or null.</summary>
    public static KnowledgeLock? LockOf(KnowledgeArticleRecord record, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.LockHolder is { } holder && record.LockExpiresUnixMs > now.ToUnixTimeMilliseconds()
            ? new KnowledgeLock(holder, DateTimeOffset.FromUnixTimeMilliseconds(record.LockExpiresUnixMs))
            : null;
    }

    /// <summary>"|a|b|" for the tags a and b ("" for none).</summary>
    public static string JoinTags(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        return tags.Count == 0 ? "" : "|" + string.Join('|', tags) + "|";
    }

    /// <summary>The tags of a "|a|b|" column.</summary>
    public static IReadOnlyList<string> SplitTags(string tags) =>
        (tags ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries);

    private static string[] SplitRoles(string roles) => roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
