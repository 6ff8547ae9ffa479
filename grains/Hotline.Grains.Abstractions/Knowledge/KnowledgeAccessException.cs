namespace Hotline.Grains.Abstractions.Knowledge;

/// <summary>An action the actor's roles do not allow on this library; the message names the action, the library and the roles needed.</summary>
[GenerateSerializer, Alias("Hotline.Knowledge.KnowledgeAccessException")]
public sealed class KnowledgeAccessException : Exception
{
    public KnowledgeAccessException() { }

    public KnowledgeAccessException(string message) : base(message) { }

    public KnowledgeAccessException(string message, Exception innerException) : base(message, innerException) { }
}
