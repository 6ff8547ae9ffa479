using System.Globalization;
using System.Security.Claims;
using Hotline.Grains.Abstractions.Agents;
using Hotline.Grains.Abstractions.Queues;
using Hotline.Portal.Identity;
using Hotline.Portal.Live;

namespace Hotline.Portal.Administration;

/// <summary>
/// Agent skills on the agent grains: the agents are the portal users with an extension, their skills the agent grains'
/// profiles, and what the queues need comes from the queue registry and the queue grains' rules.
/// </summary>
public sealed class GrainAgentSkillAdministration(IGrainFactory grains, AgentDirectory agents, AuditLog audit) : IAgentSkillAdministration
{
    /// <summary>The audit action of changed skills.</summary>
    public const string AuditActionName = "agent-skills-change";

    /// <summary>Refusal key: the extension is no agent's; detail: the extension.</summary>
    public const string UnknownAgentKey = "SkillAgentUnknown";

    /// <summary>Refusal key: the agent grain refused the profile; detail: its reason.</summary>
    public const string RefusedKey = "SkillRefused";

    /// <summary>The wrap-up time of an agent that gets its first profile here (the demo agents' time).</summary>
    public static readonly TimeSpan DefaultWrapUp = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    public async Task<IReadOnlyList<AgentSkillRow>> ListAsync(CancellationToken cancellationToken)
    {
        var entries = await agents.ListAsync(cancellationToken);
        var profiles = await Task.WhenAll(entries.Select(e => grains.GetGrain<IAgentGrain>(e.Extension).GetProfileAsync().WaitAsync(cancellationToken)));
        return [.. entries.Zip(profiles, (entry, profile) => new AgentSkillRow(entry.Extension, entry.DisplayName, profile?.Skills))];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SkillDemand>> DemandAsync(CancellationToken cancellationToken)
    {
        var queues = await grains.GetGrain<IQueueRegistryGrain>(0).ListAsync().WaitAsync(cancellationToken);
        var rules = await Task.WhenAll(queues.Select(q => grains.GetGrain<IQueueGrain>(q).GetConfigurationAsync().WaitAsync(cancellationToken)));
        return
        [
            .. rules.OfType<QueueConfiguration>().Select(r => new SkillDemand(r.Skill, r.Name, r.MinimumLevel))
                .OrderBy(d => d.Skill, StringComparer.Ordinal).ThenBy(d => d.Queue, StringComparer.Ordinal),
        ];
    }

    /// <inheritdoc />
    public async Task<AdminOutcome> SaveAsync(ClaimsPrincipal actor, string extension, IReadOnlyList<AgentSkill> skills, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(skills);
        var cleaned = skills.Select(s => s with { Skill = s.Skill?.Trim() ?? string.Empty }).ToList();
        if (AgentSkillRules.Refusal(cleaned) is { } refused)
        {
            return refused;
        }

        if ((await agents.ListAsync(cancellationToken)).FirstOrDefault(a => a.Extension == extension) is not { } entry)
        {
            return new AdminOutcome(UnknownAgentKey, extension);
        }

        var agent = grains.GetGrain<IAgentGrain>(extension);
        var before = await agent.GetProfileAsync().WaitAsync(cancellationToken);
        var profile = before is null ? new AgentProfile(extension, entry.DisplayName, cleaned, DefaultWrapUp) : before with { Skills = cleaned };
        try
        {
            await agent.ConfigureAsync(profile).WaitAsync(cancellationToken);
        }
        catch (ArgumentException ex)
        {
            var cut = ex.Message.LastIndexOf(" (Parameter '", StringComparison.Ordinal);
            return new AdminOutcome(RefusedKey, cut > 0 ? ex.Message[..cut] : ex.Message);
        }

        await audit.RecordAsync(actor, AuditActionName, $"agent:{extension}",
            $"{Describe(cleaned)} (was: {(before is null ? "no profile" : Describe(before.Skills))})", cancellationToken);
        return AdminOutcome.Done;
    }

    private static string Describe(IEnumerable<AgentSkill> skills)
    {
        var text = string.Join(", ", skills.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Skill} {s.Level}")));
        return text.Length == 0 ? "none" : text;
    }
}
