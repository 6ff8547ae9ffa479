namespace Hotline.Telephony.Calls;

/// <summary>Something that happened to a call; the grains consume these to drive the contact centre.</summary>
/// <param name="CallId">The platform's call id (not a SIP Call-ID).</param>
/// <param name="At">When it happened.</param>
public abstract record CallEvent(string CallId, DateTimeOffset At);

/// <summary>A call arrived for a service number (or other number the application routes) and waits for a decision.</summary>
public sealed record IncomingCall(string CallId, DateTimeOffset At, CallParty Caller, CallParty Called, CallOrigin Origin, string? Trunk)
    : CallEvent(CallId, At);

/// <summary>The party being called is alerting.</summary>
public sealed record CallRinging(string CallId, DateTimeOffset At, CallParty Callee) : CallEvent(CallId, At);

/// <summary>The call is answered and the two parties are connected.</summary>
public sealed record CallAnswered(string CallId, DateTimeOffset At, CallParty Callee) : CallEvent(CallId, At);

/// <summary>A party put the call on hold.</summary>
public sealed record CallHeld(string CallId, DateTimeOffset At, CallParty By) : CallEvent(CallId, At);

/// <summary>A party took the call off hold.</summary>
public sealed record CallResumed(string CallId, DateTimeOffset At, CallParty By) : CallEvent(CallId, At);

/// <summary>The call was transferred: the caller is now connected to (or being connected to) a new party.</summary>
public sealed record CallTransferred(string CallId, DateTimeOffset At, CallParty From, CallParty To, bool Attended) : CallEvent(CallId, At);

/// <summary>The call ended, with its cause, the SIP status that ended it where there was one, and (anchored media) its recording and RTP quality.</summary>
public sealed record CallEnded(string CallId, DateTimeOffset At, CallEndCause Cause, int? SipStatus, string Reason, CallMediaReport? Media = null)
    : CallEvent(CallId, At);

/// <summary>The platform itself answered the caller (IVR, announcements, voicemail); media is anchored and recording runs.</summary>
public sealed record CallAnsweredByPlatform(string CallId, DateTimeOffset At) : CallEvent(CallId, At);

/// <summary>The callee hung up and the caller stays with the platform (see <see cref="ICallControl.KeepCallerAfterCallee"/>).</summary>
public sealed record CalleeHungUp(string CallId, DateTimeOffset At, CallParty Callee) : CallEvent(CallId, At);

/// <summary>A third party or supervisor joined the call's audio.</summary>
public sealed record PartyJoined(string CallId, DateTimeOffset At, CallParty Party, MonitorMode? Monitor) : CallEvent(CallId, At);

/// <summary>A third party or supervisor left the call.</summary>
public sealed record PartyLeft(string CallId, DateTimeOffset At, CallParty Party) : CallEvent(CallId, At);

/// <summary>A DTMF digit arrived from a party of the call.</summary>
public sealed record DtmfReceived(string CallId, DateTimeOffset At, CallParty From, char Digit, Hotline.Telephony.Media.Sessions.DtmfSource Source)
    : CallEvent(CallId, At);
