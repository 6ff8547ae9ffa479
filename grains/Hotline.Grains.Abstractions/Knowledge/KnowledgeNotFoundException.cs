namespace Hotline.Grains.Abstractions.Knowledge;

/// <summary>An article, library or version that does not exist (or that the reader may not see); the message names it.</summary>
[GenerateSerializer, Alias("Hotline.Knowledge.KnowledgeNotFoundException")]
public sealed class KnowledgeNotFoundException : Exception
{
    public KnowledgeNotFoundException() { }

    public KnowledgeNotFoundException(string message) : base(message) { }

    public KnowledgeNotFoundException(string message, Exception innerException) : base(message, innerException) { }
}
