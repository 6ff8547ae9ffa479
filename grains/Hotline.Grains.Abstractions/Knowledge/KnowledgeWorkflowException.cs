namespace Hotline.Grains.Abstractions.Knowledge;

/// <summary>An action the article's state does not allow; the message names the article, its state and the action.</summary>
[GenerateSerializer, Alias("Hotline.Knowledge.KnowledgeWorkflowException")]
public sealed class KnowledgeWorkflowException : Exception
{
    public KnowledgeWorkflowException() { }

    public KnowledgeWorkflowException(string message) : base(message) { }

    public KnowledgeWorkflowException(string message, Exception innerException) : base(message, innerException) { }
}
