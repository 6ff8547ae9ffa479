using Orleans.Concurrency;

namespace Hotline.Grains.Abstractions.Queues;

/// <summary>Which queues need which skill (one instance, key 0): agents ask it where to announce themselves.</summary>
public interface IQueueDirectoryGrain : IGrainWithIntegerKey
{
    Task RegisterAsync(string queue, string skill);

    /// <summary>Forgets a retired queue: agents stop announcing themselves to it.</summary>
    Task UnregisterAsync(string queue);

    [ReadOnly]
    Task<IReadOnlyList<string>> QueuesForSkillAsync(string skill);

    /// <summary>
    /// The queues needing each of <paramref name="skills"/> (skills no queue needs are left out), in one call: agents
    /// ask on every change of availability, so the ACD's routing path waits for one round trip, not one per skill.
    /// Read-only, so agents' questions do not queue behind each other.
    /// </summary>
    [ReadOnly]
    Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> QueuesForSkillsAsync(IReadOnlyCollection<string> skills);
}
