using System.Security.Claims;
using Hotline.Grains.Abstractions.Queues;

namespace Hotline.Portal.Administration;

/// <summary>Lists the contact centre's queues with their routing rules and changes them through the queue grains; changes are audited.</summary>
public interface IQueueAdministration
{
    /// <summary>The queues the IVR routes to and their overflow targets, by name, with their configuration (null when not configured yet).</summary>
    Task<IReadOnlyList<QueueSetting>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="configuration"/> in its queue's grain; a refusal carries the grain's reason as detail.</summary>
    Task<AdminOutcome> SaveAsync(ClaimsPrincipal actor, QueueConfiguration configuration, CancellationToken cancellationToken);
}

/// <summary>One queue and its configuration (null when the queue has none yet).</summary>
public sealed record QueueSetting(string Name, QueueConfiguration? Configuration);
