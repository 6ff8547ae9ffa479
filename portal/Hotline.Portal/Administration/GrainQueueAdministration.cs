using System.Globalization;
using System.Security.Claims;
using Hotline.Grains.Abstractions.Queues;
using Hotline.Grains.Telephony;
using Hotline.Portal.Identity;
using Hotline.Telephony.Ivr;

namespace Hotline.Portal.Administration;

/// <summary>
/// Queue administration on the queue registry grain. The registry knows the registered queues and the waiting calls (through
/// the queue grains); the IVR flows are this node's catalog, so whether a flow still routes to a queue is checked here.
/// </summary>
public sealed class GrainQueueAdministration(IGrainFactory grains, IvrFlowCatalog flows, AuditLog audit) : IQueueAdministration
{
    /// <summary>The refusal key (AdminText) of a configuration the queue grain refused; the detail is the grain's text.</summary>
    public const string RefusedKey = "QueueRefused";

    /// <summary>The refusal key of a name breaking the rule; detail: the name.</summary>
    public const string NameInvalidKey = "QueueNameInvalid";

    /// <summary>The refusal key of a name in use; detail: the name.</summary>
    public const string NameTakenKey = "QueueNameTaken";

    /// <summary>The refusal key of a queue without a skill.</summary>
    public const string SkillMissingKey = "QueueSkillMissing";

    /// <summary>The refusal key of an unregistered queue; detail: the name.</summary>
    public const string NotRegisteredKey = "QueueNotRegistered";

    /// <summary>The refusal key of an unregistered overflow queue; detail: its name.</summary>
    public const string OverflowNotRegisteredKey = "QueueOverflowNotRegistered";

    /// <summary>The refusal key of a retirement while IVR flows route to the queue; detail: the flows' names.</summary>
    public const string RoutedByFlowKey = "QueueRetireRoutedByFlow";

    /// <summary>The refusal key of a retirement while queues overflow into the queue; detail: their names.</summary>
    public const string OverflowTargetKey = "QueueRetireOverflowTarget";

    /// <summary>The refusal key of a retirement while calls wait; detail: how many.</summary>
    public const string CallsWaitingKey = "QueueRetireCallsWaiting";

    /// <summary>The audit action of a changed queue.</summary>
    public const string AuditActionName = "queue-change";

    /// <summary>The audit action of a created queue.</summary>
    public const string CreateActionName = "queue-create";

    /// <summary>The audit action of a retired queue.</summary>
    public const string RetireActionName = "queue-retire";

    private IQueueRegistryGrain Registry => grains.GetGrain<IQueueRegistryGrain>(0);

    /// <inheritdoc />
    public async Task<IReadOnlyList<QueueSetting>> ListAsync(CancellationToken cancellationToken)
    {
        var registered = (await Registry.ListAsync().WaitAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var routedBy = RoutingFlows();
        var configurations = new Dictionary<string, QueueConfiguration?>(StringComparer.Ordinal);
        // Registered queues first, then the names flows and overflow settings refer to, so an unregistered one shows up too.
        var pending = new Queue<string>(registered.Concat(routedBy.Keys));
        while (pending.TryDequeue(out var name))
        {
            if (configurations.ContainsKey(name) || string.IsNullOrWhiteSpace(name))
            {
                continue;
            }

            var configuration = await grains.GetGrain<IQueueGrain>(name).GetConfigurationAsync().WaitAsync(cancellationToken);
            configurations[name] = configuration;
            if (configuration?.OverflowQueue is { } overflow)
            {
                pending.Enqueue(overflow);
            }
        }

        var overflowFrom = configurations.Where(c => c.Value?.OverflowQueue is not null)
            .ToLookup(c => c.Value!.OverflowQueue!, c => c.Key, StringComparer.Ordinal);
        return
        [
            .. configurations.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new QueueSetting(
                c.Key,
                c.Value,
                registered.Contains(c.Key),
                routedBy.TryGetValue(c.Key, out var byFlows) ? byFlows : [],
                [.. overflowFrom[c.Key].Order(StringComparer.Ordinal)])),
        ];
    }

    /// <inheritdoc />
    public async Task<AdminOutcome> CreateAsync(ClaimsPrincipal actor, QueueConfiguration configuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!QueueName.IsValid(configuration.Name))
        {
            return new AdminOutcome(NameInvalidKey, configuration.Name, QueueField.Name);
        }

        if (Check(configuration) is { } refused)
        {
            return refused;
        }

        var outcome = Outcome(await Registry.CreateAsync(configuration).WaitAsync(cancellationToken));
        if (outcome.Succeeded)
        {
            await audit.RecordAsync(actor, CreateActionName, Target(configuration.Name), Describe(configuration), cancellationToken);
        }

        return outcome;
    }

    /// <inheritdoc />
    public async Task<AdminOutcome> SaveAsync(ClaimsPrincipal actor, QueueConfiguration configuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (Check(configuration) is { } refused)
        {
            return refused;
        }

        var outcome = Outcome(await Registry.UpdateAsync(configuration).WaitAsync(cancellationToken));
        if (outcome.Succeeded)
        {
            await audit.RecordAsync(actor, AuditActionName, Target(configuration.Name), Describe(configuration), cancellationToken);
        }

        return outcome;
    }

    /// <inheritdoc />
    public async Task<AdminOutcome> RetireAsync(ClaimsPrincipal actor, string queue, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queue);
        if (RoutingFlows().TryGetValue(queue, out var byFlows))
        {
            return new AdminOutcome(RoutedByFlowKey, string.Join("、", byFlows));
        }

        var outcome = Outcome(await Registry.RetireAsync(queue, actor.Identity?.Name ?? "(anonymous)").WaitAsync(cancellationToken));
        if (outcome.Succeeded)
        {
            await audit.RecordAsync(actor, RetireActionName, Target(queue), null, cancellationToken);
        }

        return outcome;
    }

    /// <summary>Queue name → the flows (by catalog name) with a node routing to it.</summary>
    private Dictionary<string, IReadOnlyList<string>> RoutingFlows() =>
        flows.Names
            .SelectMany(flow => flows.Get(flow).Nodes.Values.OfType<RouteToQueueNode>()
                .Where(node => !string.IsNullOrWhiteSpace(node.Queue)).Select(node => (Queue: node.Queue!, Flow: flow)))
            .Distinct()
            .GroupBy(route => route.Queue, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(route => route.Flow).Order(StringComparer.Ordinal)], StringComparer.Ordinal);

    /// <summary>The checks whose refusal the page shows in Chinese at the field (the grain would answer in English).</summary>
    private static AdminOutcome? Check(QueueConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration.Skill) ? new AdminOutcome(SkillMissingKey, null, QueueField.Skill) : null;

    private static AdminOutcome Outcome(QueueRegistryOutcome outcome) => outcome.Refusal switch
    {
        null => AdminOutcome.Done,
        QueueRegistryRefusal.InvalidName => new AdminOutcome(NameInvalidKey, outcome.Detail, QueueField.Name),
        QueueRegistryRefusal.AlreadyRegistered => new AdminOutcome(NameTakenKey, outcome.Detail, QueueField.Name),
        QueueRegistryRefusal.NotRegistered => new AdminOutcome(NotRegisteredKey, outcome.Detail),
        QueueRegistryRefusal.OverflowNotRegistered => new AdminOutcome(OverflowNotRegisteredKey, outcome.Detail, QueueField.Overflow),
        QueueRegistryRefusal.OverflowTarget => new AdminOutcome(OverflowTargetKey, outcome.Detail),
        QueueRegistryRefusal.CallsWaiting => new AdminOutcome(CallsWaitingKey, outcome.Detail),
        _ => new AdminOutcome(RefusedKey, outcome.Detail),
    };

    private static string Target(string queue) => $"queue:{queue}";

    private static string Describe(QueueConfiguration configuration) => string.Create(CultureInfo.InvariantCulture,
        $"skill {configuration.Skill}, level {configuration.MinimumLevel}, {configuration.Strategy}, max wait {configuration.MaxWait.TotalSeconds:0} s, overflow {configuration.OverflowQueue ?? "-"}");
}
