using Hotline.Grains.Abstractions.Queues;

namespace Hotline.Grains.Queues;

/// <summary>
/// The registry of queues. It keeps only names, in the same grain storage as the queue grains keep their rules (and the
/// directory its skill map): the rules stay where the ACD reads them, and the registry writes a name only after the queue
/// grain accepted and stored its rules, so it never lists a queue without them. Were that last write to fail, the queue is
/// configured but unlisted, and creating it again adopts it.
/// </summary>
public sealed class QueueRegistryGrain([PersistentState("queue-registry", GrainStorage.Main)] IPersistentState<QueueRegistryState> state)
    : Grain, IQueueRegistryGrain
{
    private HashSet<string> Registered => state.State.Registered;

    public Task<IReadOnlyList<string>> ListAsync() =>
        Task.FromResult<IReadOnlyList<string>>([.. Registered.Order(StringComparer.Ordinal)]);

    public async Task<QueueRegistryOutcome> CreateAsync(QueueConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!QueueName.IsValid(configuration.Name))
        {
            return QueueRegistryOutcome.Refused(QueueRegistryRefusal.InvalidName, configuration.Name ?? "");
        }

        if (Registered.Contains(configuration.Name))
        {
            return QueueRegistryOutcome.Refused(QueueRegistryRefusal.AlreadyRegistered, configuration.Name);
        }

        var configured = await ConfigureAsync(configuration);
        if (!configured.Succeeded)
        {
            return configured;
        }

        await EnterAsync(configuration.Name);
        return QueueRegistryOutcome.Done;
    }

    public Task<QueueRegistryOutcome> UpdateAsync(QueueConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return Registered.Contains(configuration.Name)
            ? ConfigureAsync(configuration)
            : Task.FromResult(QueueRegistryOutcome.Refused(QueueRegistryRefusal.NotRegistered, configuration.Name ?? ""));
    }

    public async Task<bool> SeedAsync(QueueConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (Registered.Contains(configuration.Name) || state.State.Retired.Contains(configuration.Name))
        {
            return false;
        }

        // Shipped queues are seeded in dependency order by the host, but their overflow target may come second: the
        // grain's own validation is the check here, not the registry's overflow rule.
        await GrainFactory.GetGrain<IQueueGrain>(configuration.Name).ConfigureAsync(configuration);
        await EnterAsync(configuration.Name);
        return true;
    }

    public async Task<QueueRegistryOutcome> RetireAsync(string queue, string actor)
    {
        if (queue is null || !Registered.Contains(queue))
        {
            return QueueRegistryOutcome.Refused(QueueRegistryRefusal.NotRegistered, queue ?? "");
        }

        var sources = new List<string>();
        foreach (var other in Registered.Where(name => name != queue).Order(StringComparer.Ordinal))
        {
            if ((await GrainFactory.GetGrain<IQueueGrain>(other).GetConfigurationAsync())?.OverflowQueue == queue)
            {
                sources.Add(other);
            }
        }

        if (sources.Count > 0)
        {
            return QueueRegistryOutcome.Refused(QueueRegistryRefusal.OverflowTarget, string.Join(", ", sources));
        }

        var held = await GrainFactory.GetGrain<IQueueGrain>(queue).RetireAsync(actor);
        if (held > 0)
        {
            return QueueRegistryOutcome.Refused(QueueRegistryRefusal.CallsWaiting, held.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Registered.Remove(queue);
        state.State.Retired.Add(queue);
        await state.WriteStateAsync();
        return QueueRegistryOutcome.Done;
    }

    /// <summary>Checks the overflow target is registered, then has the queue grain validate and store the rules.</summary>
    private async Task<QueueRegistryOutcome> ConfigureAsync(QueueConfiguration configuration)
    {
        if (configuration.OverflowQueue is { } overflow && overflow != configuration.Name && !Registered.Contains(overflow))
        {
            return QueueRegistryOutcome.Refused(QueueRegistryRefusal.OverflowNotRegistered, overflow);
        }

        try
        {
            await GrainFactory.GetGrain<IQueueGrain>(configuration.Name).ConfigureAsync(configuration);
        }
        catch (ArgumentException ex)
        {
            // The grain's sentence, without the parameter name the exception appends.
            var cut = ex.Message.LastIndexOf(" (Parameter '", StringComparison.Ordinal);
            return QueueRegistryOutcome.Refused(QueueRegistryRefusal.InvalidConfiguration, cut > 0 ? ex.Message[..cut] : ex.Message);
        }

        return QueueRegistryOutcome.Done;
    }

    private async Task EnterAsync(string queue)
    {
        Registered.Add(queue);
        state.State.Retired.Remove(queue);
        await state.WriteStateAsync();
    }
}
