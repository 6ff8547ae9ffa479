namespace Hotline.Grains.Abstractions.Queues;

/// <summary>
/// The contact centre's queues as data (one instance, key 0): queues are created with their rules, changed, listed and
/// retired here, so the administration sees every queue, not only those an IVR flow happens to name. Whether an IVR flow
/// still routes to a queue is the caller's to check before retiring: flows are node configuration, not grain state.
/// </summary>
public interface IQueueRegistryGrain : IGrainWithIntegerKey
{
    /// <summary>The registered queues' names, in ordinal order.</summary>
    Task<IReadOnlyList<string>> ListAsync();

    /// <summary>
    /// Registers a new queue and stores its rules in its queue grain. Refused for a name breaking <see cref="QueueName"/>'s
    /// rule, a registered name, an unregistered overflow queue or rules the queue grain refuses; a refusal stores nothing.
    /// </summary>
    Task<QueueRegistryOutcome> CreateAsync(QueueConfiguration configuration);

    /// <summary>Changes a registered queue's rules; refused for an unregistered queue or overflow queue, or rules the grain refuses.</summary>
    Task<QueueRegistryOutcome> UpdateAsync(QueueConfiguration configuration);

    /// <summary>
    /// Registers and configures a queue the platform ships (the demo queues) unless it is registered already (its stored
    /// rules, perhaps edited, are kept) or was retired (it stays retired). True when it was registered now.
    /// </summary>
    Task<bool> SeedAsync(QueueConfiguration configuration);

    /// <summary>
    /// Retires a registered queue: its rules are cleared and it leaves the skill directory. Refused while a registered queue
    /// overflows into it or a call waits in it or rings from it; a refusal changes nothing. <paramref name="actor"/> (who
    /// retires it) goes into the queue's log.
    /// </summary>
    Task<QueueRegistryOutcome> RetireAsync(string queue, string actor);
}
