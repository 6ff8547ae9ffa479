using Hotline.Grains.Abstractions.Calls;

namespace Hotline.Grains.Abstractions.Callbacks;

/// <summary>
/// The call-back list of one queue (keyed by the queue's name; its agents make the calls): call-backs callers asked
/// for while waiting, and return visits (回访) scheduled for tickets. Stored, woken by a reminder: when one is due it
/// is offered to a ready agent of the queue (preview), and on accept the platform rings the agent, then the citizen.
/// </summary>
public interface ICallbackSchedulerGrain : IOutboundCallOwner
{
    /// <summary>Schedules a call to <paramref name="number"/> at <paramref name="dueAt"/>; returns the call-back's id.</summary>
    Task<string> ScheduleAsync(string number, DateTimeOffset dueAt, string reason, string? ticketNumber = null);

    /// <summary>A caller who waited the queue's maximum asked to be called back (from call <paramref name="callId"/>); due at once.</summary>
    Task<string> RequestedByCallerAsync(string number, string callId);

    Task ConfigureAsync(CallbackPolicy policy);

    Task<CallbackPolicy> GetPolicyAsync();

    /// <summary>Every call-back on the list with its attempts, finished ones included.</summary>
    Task<IReadOnlyList<OutboundItem>> GetListAsync();

    /// <summary>The call-back offered to the agent (what the agent's desktop previews), if any.</summary>
    Task<OutboundItem?> GetOfferAsync(string extension);

    /// <summary>The agent accepts its offered call-back: the platform dials it. Returns the placed call's id.</summary>
    Task<string> AcceptAsync(string extension);

    /// <summary>The agent declines its offered call-back: the agent is ready again and the call-back goes to another agent.</summary>
    Task DeclineAsync(string extension);

    /// <summary>Withdraws a call-back not yet in a call; false when it has finished or is in a call.</summary>
    Task<bool> CancelAsync(string id);

    /// <summary>What the reminder does: lapsed offers go back, due call-backs are offered to ready agents.</summary>
    Task RunDueAsync();
}
