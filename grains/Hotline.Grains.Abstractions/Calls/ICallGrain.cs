using Hotline.Grains.Abstractions.Events;
using Hotline.Grains.Abstractions.Queues;
using Orleans.Concurrency;

namespace Hotline.Grains.Abstractions.Calls;

/// <summary>
/// One call (keyed by the platform's call id): its life as an explicit state machine — offered → IVR → queued →
/// ringing agent → talking ⇄ held/conference → wrap-up → ended — driven by telephony reports and agent commands.
/// </summary>
public interface ICallGrain : IGrainWithStringKey
{
    // Reports from the telephony node.

    /// <summary>A call reached a service number: the grain starts the IVR on the node.</summary>
    Task OfferedAsync(IncomingCallInfo incoming);

    /// <summary>The IVR finished: route to a queue, take a message, record the survey, or end.</summary>
    Task IvrFinishedAsync(IvrResult result);

    /// <summary>The agent's phone answered: talking.</summary>
    Task AgentAnsweredAsync(string extension);

    /// <summary>The agent's phone did not answer (busy, no answer, unreachable): back to the queue.</summary>
    Task AgentNotAnsweredAsync(string extension, string reason);

    /// <summary>A transfer the grain ordered finished; on failure the call stays with the current agent.</summary>
    Task TransferFinishedAsync(TransferTarget target, bool answered, string reason);

    /// <summary>A third party or supervisor joined (or could not).</summary>
    Task PartyJoinedAsync(string number, bool joined, string reason);

    /// <summary>A phone (or the platform) put the call on hold or took it off.</summary>
    Task HoldChangedAsync(bool held, string by);

    /// <summary>The agent hung up and the caller stayed for the survey.</summary>
    Task AgentHungUpAsync(string extension);

    /// <summary>A placed call (click-to-dial) reached its destination, or could not.</summary>
    Task DialedAsync(bool connected, string reason);

    /// <summary>The call ended on the node: close the record, release the agent, write the CDR.</summary>
    Task EndedAsync(CallEndInfo info);

    // From the queue.

    // The queue reports while the call's grain may be waiting on the queue (enqueue, requeue): these interleave.

    /// <summary>The call waits in <paramref name="queue"/>, held by the queue activation <paramref name="incarnation"/>.</summary>
    [AlwaysInterleave]
    Task QueuedAsync(string queue, Guid incarnation);

    /// <summary>The ACD chose an agent; the agent's phone is to ring.</summary>
    [AlwaysInterleave]
    Task OfferedToAgentAsync(string queue, string extension);

    /// <summary>The caller waited the queue's maximum time.</summary>
    [AlwaysInterleave]
    Task MaxWaitReachedAsync(string queue, MaxWaitAction action);

    // Agent and supervisor commands (throw CallCommandException in the wrong phase).

    /// <summary>
    /// Click-to-dial: a new call (this grain's key is its id) rings the agent, then the number; the agent is busy until
    /// it ends, then in wrap-up. Refused when no node runs or the agent is on another call. <paramref name="options"/>
    /// say who hears the result (call-backs, campaigns) and whether the citizen takes the survey afterwards.
    /// </summary>
    Task DialAsync(string agentExtension, string number, PlacedCallOptions? options = null);

    /// <summary>Puts the talking call on hold (the caller hears music).</summary>
    Task HoldAsync();

    /// <summary>Takes the held call off hold.</summary>
    Task ResumeAsync();

    /// <summary>Blind transfer to an agent's extension, an outside number or a queue.</summary>
    Task TransferAsync(TransferTarget target);

    /// <summary>Three-way call with a third party.</summary>
    Task ConferenceAsync(TransferTarget target);

    /// <summary>A supervisor listens, whispers to the agent, or barges in.</summary>
    Task SuperviseAsync(string supervisorExtension, SupervisionMode mode);

    /// <summary>Ends the call.</summary>
    Task HangupAsync();

    // Queries.

    Task<CallSnapshot> GetSnapshotAsync();

    /// <summary>The call detail record once the call has ended (null before).</summary>
    Task<CallDetailRecord?> GetRecordAsync();
}
