using Hotline.Grains.Abstractions.Agents;
using Hotline.Grains.Abstractions.Queues;

namespace Hotline.Portal.Live;

/// <summary>The queues that route to given agents (through their skills), as the queue directory grain knows them.</summary>
public sealed class AgentQueues(IGrainFactory grains)
{
    /// <summary>The distinct queue names needing any skill of the <paramref name="extensions"/>, sorted.</summary>
    public async Task<IReadOnlyList<string>> OfAsync(IEnumerable<string> extensions)
    {
        ArgumentNullException.ThrowIfNull(extensions);
        var profiles = await Task.WhenAll(extensions.Select(e => grains.GetGrain<IAgentGrain>(e).GetProfileAsync()));
        var skills = profiles.Where(p => p is not null).SelectMany(p => p!.Skills.Select(s => s.Skill)).ToHashSet(StringComparer.Ordinal);
        if (skills.Count == 0)
        {
            return [];
        }

        var bySkill = await grains.GetGrain<IQueueDirectoryGrain>(0).QueuesForSkillsAsync(skills);
        return [.. bySkill.Values.SelectMany(q => q).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }
}
