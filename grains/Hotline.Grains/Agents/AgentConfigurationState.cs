using Hotline.Grains.Abstractions.Agents;

namespace Hotline.Grains.Agents;

/// <summary>What is stored for an agent and survives a restart: the profile (extension, skills, wrap-up time).</summary>
[GenerateSerializer, Alias("Hotline.AgentConfigurationState")]
public sealed class AgentConfigurationState
{
    [Id(0)] public AgentProfile? Profile { get; set; }
}
