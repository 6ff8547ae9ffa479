namespace Hotline.Grains.Abstractions.Knowledge;

/// <summary>A table in an article: free text cells, or typed rows (structured entries such as a fare table) when its columns are typed.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Knowledge.KnowledgeTable")]
public sealed record KnowledgeTable(
    [property: Id(0)] string Caption,
    [property: Id(1)] IReadOnlyList<KnowledgeColumn> Columns,
    [property: Id(2)] IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>Whether two tables hold the same caption, columns and cells (records compare lists by reference).</summary>
    public bool SameAs(KnowledgeTable other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Caption == other.Caption
            && Columns.SequenceEqual(other.Columns)
            && Rows.Count == other.Rows.Count
            && Rows.Zip(other.Rows).All(pair => pair.First.SequenceEqual(pair.Second, StringComparer.Ordinal));
    }
}
