using Hotline.Grains.Abstractions.Queues;

namespace Hotline.Grains.Abstractions.Agents;

/// <summary>One agent (keyed by extension): presence, state machine and the reservation the ACD takes before ringing.</summary>
public interface IAgentGrain : IGrainWithStringKey
{
    /// <summary>Stores the agent's configuration (it survives restarts; presence does not) and moves it between skill rosters.</summary>
    Task ConfigureAsync(AgentProfile profile);

    Task<AgentProfile?> GetProfileAsync();

    /// <summary>Logs in (not ready, reason Other, until the agent goes ready); a second login is refused.</summary>
    Task LoginAsync();

    Task LogoutAsync();

    Task SetReadyAsync();

    Task SetNotReadyAsync(NotReadyReason reason);

    /// <summary>
    /// The ACD offers a call: succeeds only when the agent is ready (it then rings) and, when <paramref name="skill"/> is
    /// given, still holds that skill at <paramref name="minimumLevel"/> or above (a queue may not yet know the skill was
    /// taken away or its level lowered); false otherwise. The <paramref name="queue"/> is recorded on the agent's
    /// intervals until the call's after-call work ends.
    /// </summary>
    Task<bool> TryReserveAsync(string callId, string? skill = null, string? queue = null, int minimumLevel = 1);

    /// <summary>
    /// The agent places a call (click-to-dial, call-back, campaign): busy (ringing, then talking) until it ends, then
    /// wrap-up. True when the ACD state moved; false for a logged-out agent (nothing to move). Refused while the agent
    /// is already ringing or talking with another call.
    /// </summary>
    Task<bool> BeginOutboundAsync(string callId);

    /// <summary>A reservation for <paramref name="callId"/> that led nowhere (a declined preview): ready again.</summary>
    Task ReleaseReservationAsync(string callId);

    /// <summary>The offered call was answered on the agent's phone.</summary>
    Task CallAnsweredAsync(string callId);

    /// <summary>The offered call was not answered in time: the agent goes not ready (NoAnswer).</summary>
    Task CallNotAnsweredAsync(string callId);

    /// <summary>The agent's call ended (or a placed call ended before connecting): wrap-up for the configured time, then ready again.</summary>
    Task CallEndedAsync(string callId);

    /// <summary>Ends wrap-up early (the agent finished the ticket).</summary>
    Task EndWrapUpAsync();

    Task<AgentSnapshot> GetSnapshotAsync();

    /// <summary>The agent as a candidate for a queue needing <paramref name="skill"/>: null unless ready and skilled.</summary>
    Task<AgentCandidate?> GetCandidateAsync(string skill);
}
