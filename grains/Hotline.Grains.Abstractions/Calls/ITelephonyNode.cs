namespace Hotline.Grains.Abstractions.Calls;

/// <summary>
/// The telephony of the node that terminates a call's media, as grains command it. It is a grain observer: media
/// stays pinned to its node, and a call's grain (on any silo) reaches it through the reference the node gave.
/// </summary>
/// <remarks>
/// Commands that take time (running an IVR, ringing an agent, transferring) return at once and report back to the
/// call's grain (<see cref="ICallGrain.IvrFinishedAsync"/>, <see cref="ICallGrain.AgentAnsweredAsync"/> …), so no
/// grain waits on a ringing phone.
/// </remarks>
public interface ITelephonyNode : IGrainObserver
{
    /// <summary>Answers the caller if needed and runs the named IVR flow; reports with <see cref="ICallGrain.IvrFinishedAsync"/>.</summary>
    Task RunIvrAsync(string callId, string flow);

    /// <summary>Plays music on hold to the caller until the call is bridged or something else plays.</summary>
    Task PlayMusicOnHoldAsync(string callId);

    /// <summary>Speaks a short announcement (TTS) to the caller, then music on hold again.</summary>
    Task AnnounceAsync(string callId, string text);

    /// <summary>Rings an agent's phone and connects it; reports with AgentAnswered/AgentNotAnswered.</summary>
    Task RingAgentAsync(string callId, string extension, TimeSpan ringTimeout);

    /// <summary>Hold (the caller hears music) or resume.</summary>
    Task SetHoldAsync(string callId, bool hold);

    /// <summary>Blind transfer of the connected call to an extension or outside number; reports with TransferFinished.</summary>
    Task TransferAsync(string callId, TransferTarget target, TimeSpan ringTimeout);

    /// <summary>Releases the agent's leg and keeps the caller with the platform (transfer to a queue, survey).</summary>
    Task ReleaseAgentAsync(string callId);

    /// <summary>Calls a third party into the call (three-way); reports with PartyJoined or CommandFailed.</summary>
    Task AddPartyAsync(string callId, TransferTarget target, TimeSpan ringTimeout);

    /// <summary>Calls a supervisor's phone into the call to listen, whisper or barge, or switches an attached supervisor's mode.</summary>
    Task SuperviseAsync(string callId, string supervisorExtension, SupervisionMode mode, TimeSpan ringTimeout);

    /// <summary>After the agent hangs up, keep the caller for the post-call survey.</summary>
    Task KeepCallerForSurveyAsync(string callId);

    /// <summary>
    /// Click-to-dial: rings the agent's phone (showing <paramref name="number"/>), then calls the number, shown the service
    /// number; reports with <see cref="ICallGrain.DialedAsync"/>. The call takes <paramref name="callId"/> as its id.
    /// </summary>
    Task DialAsync(string callId, string agentExtension, string number, string serviceNumber, TimeSpan ringTimeout);

    /// <summary>Ends the call on every leg.</summary>
    Task HangupAsync(string callId);
}
