namespace Hotline.Telephony.Calls;

/// <summary>
/// The telephony core's call-control API: events about calls and the commands the application (the grains) gives.
/// Commands on a call in the wrong state throw <see cref="CallControlException"/> and change nothing.
/// </summary>
public interface ICallControl
{
    /// <summary>Raised for every call event, in order per call. Handlers must not block.</summary>
    event Action<CallEvent>? CallEvent;

    /// <summary>Sends 180 Ringing to the caller of an incoming call that is still unanswered.</summary>
    Task RingAsync(string callId, CancellationToken cancellationToken = default);

    /// <summary>Refuses an unanswered incoming call with a SIP status (e.g. 486, 480, 603).</summary>
    Task RejectAsync(string callId, int sipStatus, string? reason = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Calls the target and, when it answers, connects it to the caller. If the target fails, the caller stays
    /// waiting so another target can be tried. Connecting an already answered call to a new target is a transfer.
    /// </summary>
    Task<BridgeResult> BridgeAsync(string callId, CallTarget target, TimeSpan ringTimeout, CancellationToken cancellationToken = default);

    /// <summary>Puts both parties of an answered call on hold (neither hears the other).</summary>
    Task HoldAsync(string callId, CancellationToken cancellationToken = default);

    /// <summary>Takes an answered call off hold.</summary>
    Task ResumeAsync(string callId, CancellationToken cancellationToken = default);

    /// <summary>Blind transfer of an answered call: the caller is connected to the target, the current callee is released.</summary>
    Task<BridgeResult> TransferAsync(string callId, CallTarget target, TimeSpan ringTimeout, CancellationToken cancellationToken = default);

    /// <summary>Ends the call on every leg (CANCEL or BYE as the state requires).</summary>
    Task HangupAsync(string callId, CancellationToken cancellationToken = default);

    /// <summary>The calls in progress (ids).</summary>
    IReadOnlyCollection<string> ActiveCalls { get; }
}
