namespace Hotline.Grains.Abstractions.Agents;

/// <summary>A skill an agent has, with a level from 1 (basic) to 10 (expert).</summary>
[GenerateSerializer, Immutable, Alias("Hotline.AgentSkill")]
public sealed record AgentSkill([property: Id(0)] string Skill, [property: Id(1)] int Level);
