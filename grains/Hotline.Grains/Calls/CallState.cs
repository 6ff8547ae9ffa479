using Hotline.Grains.Abstractions.Calls;
using Hotline.Grains.Abstractions.Events;

namespace Hotline.Grains.Calls;

/// <summary>A call's phase, where it is, its timestamps and everything the CDR needs. Lives in the activation only.</summary>
[GenerateSerializer, Alias("Hotline.CallState")]
public sealed class CallState
{
    [Id(0)] public CallPhase Phase { get; set; } = CallPhase.Offered;

    [Id(1)] public string? Queue { get; set; }

    [Id(2)] public string? Agent { get; set; }

    [Id(3)] public List<CallTransition> Transitions { get; set; } = [];

    [Id(4)] public ITelephonyNode? Node { get; set; }

    [Id(5)] public string CallerNumber { get; set; } = "";

    [Id(6)] public string CalledNumber { get; set; } = "";

    [Id(7)] public DateTimeOffset? ArrivedAt { get; set; }

    [Id(8)] public DateTimeOffset? QueuedAt { get; set; }

    [Id(9)] public DateTimeOffset? OfferedAt { get; set; }

    [Id(10)] public DateTimeOffset? AnsweredAt { get; set; }

    [Id(11)] public DateTimeOffset? EndedAt { get; set; }

    [Id(12)] public DateTimeOffset? HeldSince { get; set; }

    [Id(13)] public TimeSpan HeldFor { get; set; }

    [Id(14)] public List<string> IvrPath { get; set; } = [];

    [Id(15)] public List<TransferHop> Transfers { get; set; } = [];

    [Id(16)] public List<string> Queues { get; set; } = [];

    [Id(17)] public int Priority { get; set; }

    /// <summary>The flow running on the node now, if any (the survey's result is read differently).</summary>
    [Id(18)] public string? RunningFlow { get; set; }

    [Id(19)] public bool MaxWaitReached { get; set; }

    [Id(20)] public string? VoicemailPath { get; set; }

    [Id(21)] public string? CallbackNumber { get; set; }

    [Id(22)] public int? SurveyScore { get; set; }

    [Id(23)] public string? Category { get; set; }

    [Id(24)] public CallDetailRecord? Record { get; set; }

    /// <summary>The agent who talked last (for wrap-up and the CDR), kept when the agent leaves before the caller.</summary>
    [Id(25)] public string? AnsweredBy { get; set; }

    /// <summary>The agent's leg already ended (survey after the agent hung up, or transferred to a queue).</summary>
    [Id(26)] public bool AgentReleased { get; set; }

    /// <summary>The platform placed the call (click-to-dial).</summary>
    [Id(29)] public bool Outbound { get; set; }

    /// <summary>What a placed call is for (its owner hears the result); null for inbound calls.</summary>
    [Id(30)] public PlacedCallOptions? Placed { get; set; }

    /// <summary>How the placed call's destination answered, once the node reported it.</summary>
    [Id(31)] public OutboundResult? DialResult { get; set; }

    [Id(32)] public string? DialReason { get; set; }

    /// <summary>The queue's ring timeout (the node stops ringing a little before it).</summary>
    [Id(27)] public TimeSpan RingTimeout { get; set; } = CallGrain.DefaultRingTimeout;

    /// <summary>How often a waiting caller hears its position (the queue's setting).</summary>
    [Id(28)] public TimeSpan AnnounceEvery { get; set; } = CallGrain.DefaultAnnounceEvery;
}
