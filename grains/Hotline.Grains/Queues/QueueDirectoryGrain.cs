using Hotline.Grains.Abstractions.Queues;

namespace Hotline.Grains.Queues;

/// <summary>Skill → queues, kept by the queues themselves when they are configured.</summary>
public sealed class QueueDirectoryGrain([PersistentState("queue-directory", GrainStorage.Main)] IPersistentState<QueueDirectoryState> state)
    : Grain, IQueueDirectoryGrain
{
    private Dictionary<string, HashSet<string>> QueuesBySkill => state.State.QueuesBySkill;

    public async Task RegisterAsync(string queue, string skill)
    {
        if (QueuesBySkill.TryGetValue(skill, out var current) && current.Contains(queue))
        {
            return;
        }

        foreach (var queues in QueuesBySkill.Values)
        {
            queues.Remove(queue);
        }

        if (!QueuesBySkill.TryGetValue(skill, out var set))
        {
            QueuesBySkill[skill] = set = [];
        }

        set.Add(queue);
        await state.WriteStateAsync();
    }

    public async Task UnregisterAsync(string queue)
    {
        var emptied = QueuesBySkill.Where(entry => entry.Value.Remove(queue)).Select(entry => entry.Key).ToList();
        if (emptied.Count == 0)
        {
            return;
        }

        foreach (var skill in emptied.Where(skill => QueuesBySkill[skill].Count == 0))
        {
            QueuesBySkill.Remove(skill);
        }

        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<string>> QueuesForSkillAsync(string skill) =>
        Task.FromResult<IReadOnlyList<string>>(QueuesBySkill.TryGetValue(skill, out var set) ? [.. set] : []);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> QueuesForSkillsAsync(IReadOnlyCollection<string> skills)
    {
        ArgumentNullException.ThrowIfNull(skills);
        var found = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var skill in skills)
        {
            if (QueuesBySkill.TryGetValue(skill, out var set) && set.Count > 0)
            {
                found[skill] = [.. set];
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<string>>>(found);
    }
}
