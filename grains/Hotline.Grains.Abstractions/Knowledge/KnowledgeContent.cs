namespace Hotline.Grains.Abstractions.Knowledge;

/// <summary>What an editor writes in an article: title, classification code, tags, body and tables; every edit stores it as a new version.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Knowledge.KnowledgeContent")]
public sealed record KnowledgeContent
{
    [Id(0)] public required string Title { get; init; }
    /// <summary>The classification code (编码管理), one of the codes the knowledge base defines; null when unclassified.</summary>
    [Id(1)] public string? Code { get; init; }
    [Id(2)] public IReadOnlyList<string> Tags { get; init; } = [];
    [Id(3)] public KnowledgeBodyFormat Format { get; init; } = KnowledgeBodyFormat.Markdown;
    [Id(4)] public string Body { get; init; } = "";
    [Id(5)] public IReadOnlyList<KnowledgeTable> Tables { get; init; } = [];

    /// <summary>Whether two contents are the same in every field (records compare lists by reference).</summary>
    public bool SameAs(KnowledgeContent other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Title == other.Title && Code == other.Code && Format == other.Format && Body == other.Body
            && Tags.SequenceEqual(other.Tags, StringComparer.Ordinal)
            && Tables.Count == other.Tables.Count
            && Tables.Zip(other.Tables).All(pair => pair.First.SameAs(pair.Second));
    }
}
