using System.Security.Claims;
using Hotline.Grains.Abstractions.Queues;

namespace Hotline.Portal.Administration;

/// <summary>Creates, lists, changes and retires the contact centre's queues through the queue registry; every change is audited.</summary>
public interface IQueueAdministration
{
    /// <summary>
    /// The registered queues, plus (flagged as unregistered) any queue an IVR flow routes to or a queue overflows into that
    /// is not registered, by name, with their configuration (null when none is stored) and who refers to them.
    /// </summary>
    Task<IReadOnlyList<QueueSetting>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Registers a new queue with <paramref name="configuration"/>; a refusal names the field and stores nothing.</summary>
    Task<AdminOutcome> CreateAsync(ClaimsPrincipal actor, QueueConfiguration configuration, CancellationToken cancellationToken);

    /// <summary>Changes a registered queue's rules; a refusal carries the grain's reason as detail.</summary>
    Task<AdminOutcome> SaveAsync(ClaimsPrincipal actor, QueueConfiguration configuration, CancellationToken cancellationToken);

    /// <summary>Retires a queue no IVR flow routes to, no queue overflows into and no call waits in; the refusal names the flow, queue or count.</summary>
    Task<AdminOutcome> RetireAsync(ClaimsPrincipal actor, string queue, CancellationToken cancellationToken);
}

/// <summary>
/// One queue: its configuration (null when it has none), whether it is registered, the IVR flows that route to it and the
/// queues that overflow into it.
/// </summary>
public sealed record QueueSetting(string Name, QueueConfiguration? Configuration, bool Registered, IReadOnlyList<string> RoutedBy, IReadOnlyList<string> OverflowFrom)
{
    /// <summary>A registered queue nobody refers to.</summary>
    public QueueSetting(string name, QueueConfiguration? configuration)
        : this(name, configuration, Registered: true, [], [])
    {
    }
}
