using Hotline.Grains.Abstractions.Queues;

namespace Hotline.Grains.Queues;

/// <summary>What is stored for a queue and survives a restart: its routing rules.</summary>
[GenerateSerializer, Alias("Hotline.QueueConfigurationState")]
public sealed class QueueConfigurationState
{
    [Id(0)] public QueueConfiguration? Configuration { get; set; }
}
