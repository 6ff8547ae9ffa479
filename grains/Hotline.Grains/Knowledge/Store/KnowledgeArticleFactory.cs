using Hotline.Grains.Abstractions.Knowledge;

namespace Hotline.Grains.Knowledge.Store;

/// <summary>New article rows: a draft at version 1 (created one by one, or many at once by an import).</summary>
public static class KnowledgeArticleFactory
{
    /// <summary>A new article id: 32 hex digits.</summary>
    public static string NewId() => Guid.NewGuid().ToString("N");

    /// <summary>The row of a new draft holding <paramref name="content"/> (already normalised) as version 1.</summary>
    public static KnowledgeArticleRecord NewDraft(string id, string libraryId, KnowledgeContent content, string author, DateTimeOffset now)
    {
        var article = new KnowledgeArticleRecord
        {
            Id = id, LibraryId = libraryId, Title = "", Tags = "", Format = "", Body = "", Tables = "[]",
            State = nameof(KnowledgeState.Draft), LatestVersion = 1, Author = author,
            CreatedAtUnixMs = now.ToUnixTimeMilliseconds(), UpdatedAtUnixMs = now.ToUnixTimeMilliseconds(),
        };
        KnowledgeRecordMapping.SetContent(article, content);
        return article;
    }
}
