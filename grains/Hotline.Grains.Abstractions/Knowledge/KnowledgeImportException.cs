namespace Hotline.Grains.Abstractions.Knowledge;

/// <summary>An import file with bad rows; nothing of it was imported, and <see cref="Errors"/> lists every problem found.</summary>
[GenerateSerializer, Alias("Hotline.Knowledge.KnowledgeImportException")]
public sealed class KnowledgeImportException : Exception
{
    public KnowledgeImportException() { }

    public KnowledgeImportException(string message) : base(message) { }

    public KnowledgeImportException(string message, Exception innerException) : base(message, innerException) { }

    public KnowledgeImportException(IReadOnlyList<KnowledgeImportError> errors)
        : base($"The import file has {errors?.Count ?? 0} problem(s), nothing was imported: " + string.Join("; ", errors ?? []))
        => Errors = errors ?? [];

    /// <summary>Every problem found, in file order.</summary>
    [Id(0)] public IReadOnlyList<KnowledgeImportError> Errors { get; } = [];
}
