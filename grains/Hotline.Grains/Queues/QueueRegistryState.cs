namespace Hotline.Grains.Queues;

/// <summary>The persisted names of the registered queues and of those retired (so a shipped queue is not seeded back).</summary>
[GenerateSerializer, Alias("Hotline.QueueRegistryState")]
public sealed class QueueRegistryState
{
    // The default string comparer is already ordinal; a custom one would be serialized with each set.
    [Id(0)] public HashSet<string> Registered { get; set; } = [];

    [Id(1)] public HashSet<string> Retired { get; set; } = [];
}
