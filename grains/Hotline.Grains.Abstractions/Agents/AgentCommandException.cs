namespace Hotline.Grains.Abstractions.Agents;

/// <summary>A command an agent cannot carry out in its current state (e.g. ready while talking); names both.</summary>
[GenerateSerializer, Alias("Hotline.AgentCommandException")]
public sealed class AgentCommandException : Exception
{
    public AgentCommandException() { }

    public AgentCommandException(string message) : base(message) { }

    public AgentCommandException(string message, Exception innerException) : base(message, innerException) { }
}
