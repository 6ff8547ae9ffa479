namespace Hotline.Grains.Abstractions.Knowledge;

/// <summary>Article content whose <see cref="Field"/> is missing or malformed (e.g. "Title", "Tables[0].Rows[2].起步价").</summary>
[GenerateSerializer, Alias("Hotline.Knowledge.KnowledgeValidationException")]
public sealed class KnowledgeValidationException : Exception
{
    public KnowledgeValidationException() { }

    public KnowledgeValidationException(string message) : base(message) { }

    public KnowledgeValidationException(string message, Exception innerException) : base(message, innerException) { }

    public KnowledgeValidationException(string field, string message) : base(message) => Field = field;

    /// <summary>The content field that was wrong.</summary>
    [Id(0)] public string Field { get; } = "";
}
