namespace Hotline.Grains.Abstractions.Queues;

/// <summary>Why the queue registry refused a change; the outcome's detail carries what it concerns.</summary>
[GenerateSerializer]
public enum QueueRegistryRefusal
{
    /// <summary>The name breaks <see cref="QueueName"/>'s rule; detail: the name.</summary>
    InvalidName,

    /// <summary>A queue of that name is registered already; detail: the name.</summary>
    AlreadyRegistered,

    /// <summary>No queue of that name is registered; detail: the name.</summary>
    NotRegistered,

    /// <summary>The overflow queue is not registered; detail: the overflow queue's name.</summary>
    OverflowNotRegistered,

    /// <summary>The queue grain refused the rules; detail: its reason.</summary>
    InvalidConfiguration,

    /// <summary>Registered queues overflow into the one to retire; detail: their names, comma-separated.</summary>
    OverflowTarget,

    /// <summary>Calls wait in (or ring from) the queue to retire; detail: how many.</summary>
    CallsWaiting,
}
