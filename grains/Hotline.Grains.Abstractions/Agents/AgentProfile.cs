namespace Hotline.Grains.Abstractions.Agents;

/// <summary>An agent's configuration: the phone that rings, the skills and the wrap-up time.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.AgentProfile")]
public sealed record AgentProfile(
    [property: Id(0)] string Extension,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] IReadOnlyList<AgentSkill> Skills,
    [property: Id(3)] TimeSpan WrapUp);
