using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Hotline.Grains.Abstractions.Knowledge;

namespace Hotline.Grains.Knowledge.Content;

/// <summary>Line diff between two versions of an article (DiffPlex over <see cref="KnowledgeContentText"/>).</summary>
public static class KnowledgeDiffer
{
    /// <summary>The diff from <paramref name="older"/> to <paramref name="newer"/>.</summary>
    public static KnowledgeDiff Compare(string articleId, KnowledgeVersion older, KnowledgeVersion newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var model = InlineDiffBuilder.Diff(
            string.Join('\n', KnowledgeContentText.Lines(older.Content)),
            string.Join('\n', KnowledgeContentText.Lines(newer.Content)),
            ignoreWhiteSpace: false, ignoreCase: false, chunker: new DiffPlex.Chunkers.LineChunker());
        var lines = model.Lines.Select(line => new KnowledgeDiffLine(Kind(line.Type), line.Text ?? "")).ToArray();
        return new KnowledgeDiff(articleId, older.Number, newer.Number, lines);
    }

    private static KnowledgeDiffKind Kind(ChangeType type) => type switch
    {
        ChangeType.Inserted => KnowledgeDiffKind.Inserted,
        ChangeType.Deleted => KnowledgeDiffKind.Deleted,
        _ => KnowledgeDiffKind.Unchanged,
    };
}
