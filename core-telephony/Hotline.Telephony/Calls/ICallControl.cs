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

    /// <summary>The platform answers an incoming call itself (IVR, announcements, voicemail); recording starts. Needs anchored media.</summary>
    Task AnswerAsync(string callId, CancellationToken cancellationToken = default);

    /// <summary>The call as the IVR engine drives it: prompts, TTS, the caller's digits, voicemail. Needs anchored media.</summary>
    Hotline.Telephony.Ivr.IIvrChannel GetIvrChannel(string callId);

    /// <summary>Plays music on hold to the call until <see cref="StopPlayback"/>, a bridge or the token stops it.</summary>
    Task PlayMusicOnHoldAsync(string callId, CancellationToken cancellationToken = default);

    /// <summary>Stops whatever the platform plays into the call.</summary>
    void StopPlayback(string callId);

    /// <summary>When the callee hangs up, keep the caller connected to the platform (for the post-call survey) instead of ending the call.</summary>
    void KeepCallerAfterCallee(string callId, bool keep = true);

    /// <summary>Hangs up the callee (agent) and keeps the caller with the platform, e.g. to queue it again. Needs anchored media.</summary>
    Task ReleaseCalleeAsync(string callId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Places a call (click-to-dial, call-back): rings <paramref name="first"/> (the agent's phone) showing
    /// <paramref name="shownToFirst"/>; when it answers it becomes the call's caller, and <see cref="BridgeAsync"/> then reaches the
    /// destination, which is shown <paramref name="presentAs"/>. A first party that does not answer ends the call. Needs anchored media.
    /// </summary>
    Task<BridgeResult> OriginateAsync(
        string callId, CallTarget first, CallParty shownToFirst, CallParty presentAs, TimeSpan ringTimeout, CancellationToken cancellationToken = default);

    /// <summary>Three-way call: calls a third party and, when it answers, joins it to the caller and agent.</summary>
    Task<BridgeResult> AddPartyAsync(string callId, CallTarget target, TimeSpan ringTimeout, CancellationToken cancellationToken = default);

    /// <summary>Calls a supervisor's phone and joins it to the call to listen, whisper to the agent, or barge in.</summary>
    Task<BridgeResult> MonitorAsync(string callId, CallTarget supervisor, MonitorMode mode, TimeSpan ringTimeout, CancellationToken cancellationToken = default);

    /// <summary>Switches a connected supervisor between listen, whisper and barge.</summary>
    Task SetMonitorModeAsync(string callId, string supervisorNumber, MonitorMode mode, CancellationToken cancellationToken = default);

    /// <summary>Sends DTMF digits to the callee as RFC 4733 events; false when the callee negotiated none.</summary>
    Task<bool> SendDtmfAsync(string callId, string digits, CancellationToken cancellationToken = default);

    /// <summary>The calls in progress (ids).</summary>
    IReadOnlyCollection<string> ActiveCalls { get; }
}
