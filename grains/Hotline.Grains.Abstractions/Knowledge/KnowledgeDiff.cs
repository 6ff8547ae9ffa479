namespace Hotline.Grains.Abstractions.Knowledge;

/// <summary>The line diff between two versions of an article (title, code, tags, body and tables, one line each).</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Knowledge.KnowledgeDiff")]
public sealed record KnowledgeDiff(
    [property: Id(0)] string ArticleId,
    [property: Id(1)] int From,
    [property: Id(2)] int To,
    [property: Id(3)] IReadOnlyList<KnowledgeDiffLine> Lines)
{
    /// <summary>Whether the two versions differ at all.</summary>
    public bool HasChanges => Lines.Any(l => l.Kind != KnowledgeDiffKind.Unchanged);
}
