namespace Hotline.Grains.Abstractions.Knowledge;

/// <summary>An edit without the article's edit lock, or a lock request while someone else holds it; the message names the holder and the expiry.</summary>
[GenerateSerializer, Alias("Hotline.Knowledge.KnowledgeLockException")]
public sealed class KnowledgeLockException : Exception
{
    public KnowledgeLockException() { }

    public KnowledgeLockException(string message) : base(message) { }

    public KnowledgeLockException(string message, Exception innerException) : base(message, innerException) { }
}
