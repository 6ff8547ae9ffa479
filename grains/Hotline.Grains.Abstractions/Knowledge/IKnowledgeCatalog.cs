namespace Hotline.Grains.Abstractions.Knowledge;

/// <summary>The knowledge base as a whole (a host service): libraries, classification codes, new articles, lists, stale articles, import and export.</summary>
public interface IKnowledgeCatalog
{
    /// <summary>The libraries the actor may read.</summary>
    Task<IReadOnlyList<KnowledgeLibrary>> GetLibrariesAsync(KnowledgeActor actor, CancellationToken cancellationToken);

    /// <summary>Every classification code, ordered by code.</summary>
    Task<IReadOnlyList<KnowledgeCode>> GetCodesAsync(CancellationToken cancellationToken);

    /// <summary>Adds or renames a classification code (administrators and managers); its parent must exist.</summary>
    Task<KnowledgeCode> DefineCodeAsync(KnowledgeActor actor, KnowledgeCode code, CancellationToken cancellationToken);

    /// <summary>Creates a draft article with a new id in a library the actor may edit.</summary>
    Task<KnowledgeArticleSnapshot> CreateAsync(KnowledgeActor actor, string libraryId, KnowledgeContent content, CancellationToken cancellationToken);

    /// <summary>The articles matching <paramref name="query"/> that the actor may see (agents: published only), newest change first.</summary>
    Task<IReadOnlyList<KnowledgeArticleSummary>> ListAsync(KnowledgeActor actor, KnowledgeQuery query, CancellationToken cancellationToken);

    /// <summary>Reads a file and creates every article in it as a draft, all or none; bad rows raise <see cref="KnowledgeImportException"/> listing each one.</summary>
    Task<IReadOnlyList<string>> ImportAsync(KnowledgeActor actor, KnowledgeFileFormat format, Stream file, CancellationToken cancellationToken);

    /// <summary>Writes the matching articles the actor may see to a file (agents: the published versions).</summary>
    Task ExportAsync(KnowledgeActor actor, KnowledgeFileFormat format, KnowledgeQuery query, Stream destination, CancellationToken cancellationToken);
}
