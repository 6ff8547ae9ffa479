using Hotline.Grains.Abstractions.Queues;

namespace Hotline.Grains.Queues;

/// <summary>Skill → queues, kept by the queues themselves when they are configured.</summary>
public sealed class QueueDirectoryGrain([PersistentState("queue-directory", GrainStorage.Main)] IPersistentState<Dictionary<string, HashSet<string>>> state)
    : Grain, IQueueDirectoryGrain
{
    public async Task RegisterAsync(string queue, string skill)
    {
        foreach (var queues in state.State.Values)
        {
            queues.Remove(queue);
        }

        if (!state.State.TryGetValue(skill, out var set))
        {
            state.State[skill] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(queue);
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<string>> QueuesForSkillAsync(string skill) =>
        Task.FromResult<IReadOnlyList<string>>(state.State.TryGetValue(skill, out var set) ? [.. set] : []);
}
