using Hotline.Grains.Abstractions.Knowledge;

namespace Hotline.Grains.Knowledge.Files;

/// <summary>What a codec read from a file: the articles, and the problems found (an import goes ahead only when there are none).</summary>
public sealed record KnowledgeFileContents(IReadOnlyList<KnowledgeFileItem> Items, IReadOnlyList<KnowledgeImportError> Errors)
{
    /// <summary>A file that could not be read at all.</summary>
    public static KnowledgeFileContents Unreadable(string location, string message) => new([], [new KnowledgeImportError(location, message)]);
}
