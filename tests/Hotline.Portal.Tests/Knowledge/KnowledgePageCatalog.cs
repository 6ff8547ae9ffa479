using Hotline.Grains.Abstractions.Knowledge;

namespace Hotline.Portal.Tests.Knowledge;

/// <summary>A catalog for the page tests: one library (editors: supervisors, reviewers: managers) and a record of created and imported articles; the pages need nothing else from it.</summary>
internal sealed class KnowledgePageCatalog : IKnowledgeCatalog
{
    public static readonly KnowledgeLibrary Faq = new("faq", "常见问题", KnowledgeLibraryKind.Faq, ["agent"], ["supervisor"], ["manager"]);

    public Task<IReadOnlyList<KnowledgeLibrary>> GetLibrariesAsync(KnowledgeActor actor, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<KnowledgeLibrary>>([Faq]);

    public Task<IReadOnlyList<KnowledgeCode>> GetCodesAsync(CancellationToken cancellationToken) => throw Unused();

    public Task<KnowledgeCode> DefineCodeAsync(KnowledgeActor actor, KnowledgeCode code, CancellationToken cancellationToken) => throw Unused();

    /// <summary>The articles created through the catalog: library and content.</summary>
    public List<(string LibraryId, KnowledgeContent Content)> Created { get; } = [];

    public Task<KnowledgeArticleSnapshot> CreateAsync(KnowledgeActor actor, string libraryId, KnowledgeContent content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Created.Add((libraryId, content));
        var now = DateTimeOffset.UnixEpoch;
        return Task.FromResult(new KnowledgeArticleSnapshot
        {
            Id = $"new-{Created.Count}", LibraryId = libraryId, State = KnowledgeState.Draft, Content = content, Version = 1, LatestVersion = 1,
            Author = actor.Id, CreatedAt = now, UpdatedAt = now,
        });
    }

    public Task<IReadOnlyList<KnowledgeArticleSummary>> ListAsync(KnowledgeActor actor, KnowledgeQuery query, CancellationToken cancellationToken) => throw Unused();

    /// <summary>The files imported through the catalog: format and bytes.</summary>
    public List<(KnowledgeFileFormat Format, byte[] Bytes)> Imports { get; } = [];

    /// <summary>When set, an import is refused with these problems, as the catalog refuses a file with bad rows.</summary>
    public IReadOnlyList<KnowledgeImportError>? ImportProblems { get; set; }

    /// <summary>When set, an import waits for this before it stores anything (and gives up when cancelled), like a long import.</summary>
    public TaskCompletionSource? ImportGate { get; set; }

    public async Task<IReadOnlyList<string>> ImportAsync(KnowledgeActor actor, KnowledgeFileFormat format, Stream file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (ImportGate is { } gate)
            await gate.Task.WaitAsync(cancellationToken);
        if (ImportProblems is { } problems)
            throw new KnowledgeImportException(problems);
        using var copy = new MemoryStream();
        await file.CopyToAsync(copy, cancellationToken);
        Imports.Add((format, copy.ToArray()));
        return ["imported-1", "imported-2"];
    }

    public Task ExportAsync(KnowledgeActor actor, KnowledgeFileFormat format, KnowledgeQuery query, Stream destination, CancellationToken cancellationToken) => throw Unused();

    private static NotSupportedException Unused() => new("The knowledge page tests only read libraries from the catalog, create articles and import files.");
}
