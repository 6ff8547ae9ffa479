namespace Hotline.Grains.Agents;

/// <summary>The persisted members of one skill's roster (agent extensions).</summary>
[GenerateSerializer, Alias("Hotline.AgentRosterState")]
public sealed class AgentRosterState
{
    // The default string comparer is already ordinal; a custom one would be serialized with the set.
    [Id(0)] public HashSet<string> Agents { get; set; } = [];
}
