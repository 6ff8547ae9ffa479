using Hotline.Grains.Abstractions.Knowledge;

namespace Hotline.Grains.Knowledge.Search;

/// <summary>Which articles a search may return: the libraries whose working copies the reader sees (editors, reviewers), those whose
/// published versions the reader sees, and optional narrowing by library, code subtree, state and tag.</summary>
public sealed record KnowledgeSearchFilter
{
    /// <summary>Libraries searched in their working copies.</summary>
    public IReadOnlyCollection<string> WorkingLibraries { get; init; } = [];

    /// <summary>Libraries searched in their published versions only.</summary>
    public IReadOnlyCollection<string> PublishedLibraries { get; init; } = [];

    /// <summary>Only this library.</summary>
    public string? LibraryId { get; init; }

    /// <summary>Only this code or a code under it ("02" finds "02.01").</summary>
    public string? Code { get; init; }

    /// <summary>Only articles in this state.</summary>
    public KnowledgeState? State { get; init; }

    /// <summary>Only articles with this tag.</summary>
    public string? Tag { get; init; }

    /// <summary>Every library in its published version (agents, the suggestions' check for a matching article).</summary>
    public static KnowledgeSearchFilter PublishedIn(params string[] libraries) => new() { PublishedLibraries = libraries };
}
