using Hotline.Grains.Abstractions.Agents;

namespace Hotline.Grains.Agents;

/// <summary>The agents with one skill; written only when agent configuration changes.</summary>
public sealed class AgentRosterGrain([PersistentState("agent-roster", GrainStorage.Main)] IPersistentState<AgentRosterState> state)
    : Grain, IAgentRosterGrain
{
    public async Task AddAsync(string extension)
    {
        if (state.State.Agents.Add(extension))
        {
            await state.WriteStateAsync();
        }
    }

    public async Task RemoveAsync(string extension)
    {
        if (state.State.Agents.Remove(extension))
        {
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<string>> GetMembersAsync() => Task.FromResult<IReadOnlyList<string>>([.. state.State.Agents.Order(StringComparer.Ordinal)]);
}
