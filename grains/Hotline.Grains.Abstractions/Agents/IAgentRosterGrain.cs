namespace Hotline.Grains.Abstractions.Agents;

/// <summary>
/// The agents who have one skill (keyed by the skill), kept by the agents when they are configured. A queue reads it
/// when it activates, so after a restart or a silo loss it finds the ready agents without waiting for them to change state.
/// </summary>
public interface IAgentRosterGrain : IGrainWithStringKey
{
    Task AddAsync(string extension);

    Task RemoveAsync(string extension);

    Task<IReadOnlyList<string>> GetMembersAsync();
}
