using System.Security.Claims;
using Hotline.Grains.Abstractions.Agents;

namespace Hotline.Portal.Administration;

/// <summary>Lists the agents with their skills and what the queues need, and sets an agent's skills through its agent grain; changes are audited.</summary>
public interface IAgentSkillAdministration
{
    /// <summary>Every agent (portal user with an extension), by extension, with its skills (null when it has no agent profile yet).</summary>
    Task<IReadOnlyList<AgentSkillRow>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The skills the registered queues need, with the queue and its minimum level, by skill then queue.</summary>
    Task<IReadOnlyList<SkillDemand>> DemandAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the agent's skills (creating its profile when it has none); the agent announces the change to the queues, so
    /// it counts from the next routing decision. A refusal names the skill line and stores nothing.
    /// </summary>
    Task<AdminOutcome> SaveAsync(ClaimsPrincipal actor, string extension, IReadOnlyList<AgentSkill> skills, CancellationToken cancellationToken);
}

/// <summary>An agent: extension, display name and skills (null without an agent profile).</summary>
public sealed record AgentSkillRow(string Extension, string DisplayName, IReadOnlyList<AgentSkill>? Skills);

/// <summary>A registered queue's need: agents with <paramref name="Skill"/> at <paramref name="MinimumLevel"/> or above take its calls.</summary>
public sealed record SkillDemand(string Skill, string Queue, int MinimumLevel);
