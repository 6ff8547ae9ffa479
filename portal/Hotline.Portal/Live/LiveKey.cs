namespace Hotline.Portal.Live;

/// <summary>What changed on another silo, as the relay carries it: only the kind and the key; the receiving hub reads the grain's state itself.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Portal.LiveKey")]
public sealed record LiveKey([property: Id(0)] LiveKeyKind Kind, [property: Id(1)] string Key)
{
    /// <summary>The key a local signal is relayed under: every call signal becomes "this call changed".</summary>
    internal static LiveKey Of(LiveSignal signal) => signal switch
    {
        LiveSignal.AgentTouched(var extension) => new(LiveKeyKind.Agent, extension),
        LiveSignal.QueueTouched(var queue) => new(LiveKeyKind.Queue, queue),
        LiveSignal.CallOffered offered => new(LiveKeyKind.Call, offered.CallId),
        LiveSignal.CallIvrDone done => new(LiveKeyKind.Call, done.CallId),
        LiveSignal.CallRinging ringing => new(LiveKeyKind.Call, ringing.CallId),
        LiveSignal.CallTouched(var callId) => new(LiveKeyKind.Call, callId),
        LiveSignal.CallEnded(var callId) => new(LiveKeyKind.Call, callId),
        LiveSignal.CallRelayed(var callId) => new(LiveKeyKind.Call, callId),
        _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, "a live signal the relay does not know"),
    };

    /// <summary>The signal the receiving hub applies: agents and queues as if local, calls by re-reading the call's grain.</summary>
    internal LiveSignal ToSignal() => Kind switch
    {
        LiveKeyKind.Agent => new LiveSignal.AgentTouched(Key),
        LiveKeyKind.Queue => new LiveSignal.QueueTouched(Key),
        LiveKeyKind.Call => new LiveSignal.CallRelayed(Key),
        _ => throw new InvalidOperationException($"unknown live key kind {Kind}"),
    };
}

/// <summary>The kinds of <see cref="LiveKey"/>.</summary>
[GenerateSerializer]
public enum LiveKeyKind
{
    /// <summary>An agent (key: extension).</summary>
    Agent,

    /// <summary>A queue (key: queue name).</summary>
    Queue,

    /// <summary>A call (key: call id).</summary>
    Call,
}
