namespace Hotline.Grains.Abstractions.Knowledge;

/// <summary>One problem in an import file: where it is (sheet and row, article number, line) and what is wrong.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Knowledge.KnowledgeImportError")]
public sealed record KnowledgeImportError(
    [property: Id(0)] string Location,
    [property: Id(1)] string Message)
{
    public override string ToString() => $"{Location}: {Message}";
}
