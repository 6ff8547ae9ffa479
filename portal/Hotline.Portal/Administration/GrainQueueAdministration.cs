using System.Globalization;
using System.Security.Claims;
using Hotline.Grains.Abstractions.Queues;
using Hotline.Grains.Telephony;
using Hotline.Portal.Identity;
using Hotline.Telephony.Ivr;

namespace Hotline.Portal.Administration;

/// <summary>
/// Queue administration on the queue grains. There is no queue registry: the queues are those the catalog's IVR flows route to,
/// plus the overflow queues they name. The grain validates a configuration; its refusal text is passed on unchanged.
/// </summary>
public sealed class GrainQueueAdministration(IGrainFactory grains, IvrFlowCatalog flows, AuditLog audit) : IQueueAdministration
{
    /// <summary>The refusal key (AdminText) of a configuration the queue grain refused; the detail is the grain's text.</summary>
    public const string RefusedKey = "QueueRefused";

    /// <summary>The audit action of a changed queue.</summary>
    public const string AuditActionName = "queue-change";

    /// <inheritdoc />
    public async Task<IReadOnlyList<QueueSetting>> ListAsync(CancellationToken cancellationToken)
    {
        var names = new SortedSet<string>(
            flows.Names.SelectMany(name => flows.Get(name).Nodes.Values.OfType<RouteToQueueNode>()).Select(node => node.Queue).OfType<string>(),
            StringComparer.Ordinal);
        var rows = new Dictionary<string, QueueConfiguration?>(StringComparer.Ordinal);
        var pending = new Queue<string>(names);
        while (pending.TryDequeue(out var name))
        {
            if (rows.ContainsKey(name) || string.IsNullOrWhiteSpace(name))
            {
                continue;
            }
            var configuration = await grains.GetGrain<IQueueGrain>(name).GetConfigurationAsync().WaitAsync(cancellationToken);
            rows[name] = configuration;
            if (configuration?.OverflowQueue is { } overflow)
            {
                pending.Enqueue(overflow);
            }
        }

        return [.. rows.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new QueueSetting(r.Key, r.Value))];
    }

    /// <inheritdoc />
    public async Task<AdminOutcome> SaveAsync(ClaimsPrincipal actor, QueueConfiguration configuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        try
        {
            await grains.GetGrain<IQueueGrain>(configuration.Name).ConfigureAsync(configuration).WaitAsync(cancellationToken);
        }
        catch (ArgumentException ex)
        {
            // The page shows the grain's sentence, not the parameter name the exception appends (the name itself is lost on the way back).
            var cut = ex.Message.LastIndexOf(" (Parameter '", StringComparison.Ordinal);
            return new AdminOutcome(RefusedKey, cut > 0 ? ex.Message[..cut] : ex.Message);
        }

        await audit.RecordAsync(actor, AuditActionName, $"queue:{configuration.Name}", string.Create(CultureInfo.InvariantCulture,
            $"skill {configuration.Skill}, level {configuration.MinimumLevel}, {configuration.Strategy}, max wait {configuration.MaxWait.TotalSeconds:0} s, overflow {configuration.OverflowQueue ?? "-"}"), cancellationToken);
        return AdminOutcome.Done;
    }
}
