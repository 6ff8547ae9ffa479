namespace Hotline.Grains.Queues;

/// <summary>The persisted skill → queues map of the queue directory.</summary>
[GenerateSerializer, Alias("Hotline.QueueDirectoryState")]
public sealed class QueueDirectoryState
{
    // The default string comparer is already ordinal; a custom one would be serialized with each set.
    [Id(0)] public Dictionary<string, HashSet<string>> QueuesBySkill { get; set; } = [];
}
