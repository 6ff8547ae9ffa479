namespace Hotline.Grains.Abstractions.Events;

/// <summary>The call detail record (CDR) written when a call and its wrap-up have ended.</summary>
/// <remarks>Timestamps that did not happen (an abandoned call has no AnsweredAt) are null; durations are in seconds.</remarks>
[GenerateSerializer, Immutable, Alias("Hotline.Events.CallDetailRecord")]
public sealed record CallDetailRecord : IDomainEvent
{
    /// <summary>The schema version producers write now.</summary>
    public const int CurrentVersion = 1;

    [Id(0)] public required Guid EventId { get; init; }
    [Id(1)] public int SchemaVersion { get; init; } = CurrentVersion;
    [Id(2)] public required string CallId { get; init; }
    [Id(3)] public CallDirection Direction { get; init; }
    [Id(4)] public required string CallerNumber { get; init; }
    [Id(5)] public required string CalledNumber { get; init; }
    /// <summary>The service number dialled (12328) or the extension for internal calls.</summary>
    [Id(6)] public string ServiceNumber { get; init; } = "";
    /// <summary>The caller's region (from the number's area code or the IVR), empty when unknown.</summary>
    [Id(7)] public string Region { get; init; } = "";
    /// <summary>The queue that served the call, empty when it never reached one.</summary>
    [Id(8)] public string Queue { get; init; } = "";
    /// <summary>The agent who answered, empty when nobody did.</summary>
    [Id(9)] public string AgentId { get; init; } = "";
    /// <summary>The skills the call required.</summary>
    [Id(10)] public IReadOnlyList<string> Skills { get; init; } = [];
    /// <summary>The IVR nodes the caller went through, in order (e.g. welcome, menu, complaint).</summary>
    [Id(11)] public IReadOnlyList<string> IvrPath { get; init; } = [];
    [Id(12)] public required DateTimeOffset ArrivedAt { get; init; }
    [Id(13)] public DateTimeOffset? QueuedAt { get; init; }
    [Id(14)] public DateTimeOffset? OfferedAt { get; init; }
    [Id(15)] public DateTimeOffset? AnsweredAt { get; init; }
    [Id(16)] public required DateTimeOffset EndedAt { get; init; }
    [Id(17)] public DateTimeOffset? WrapUpEndedAt { get; init; }
    /// <summary>Seconds in the queue before an answer or abandonment.</summary>
    [Id(18)] public double WaitSeconds { get; init; }
    [Id(19)] public double TalkSeconds { get; init; }
    [Id(20)] public double HoldSeconds { get; init; }
    [Id(21)] public double WrapUpSeconds { get; init; }
    [Id(22)] public IReadOnlyList<TransferHop> Transfers { get; init; } = [];
    [Id(23)] public CallEndCause EndCause { get; init; }
    /// <summary>The recording's path under the data folder, empty when the call was not recorded.</summary>
    [Id(24)] public string RecordingPath { get; init; } = "";
    /// <summary>Fraction of RTP packets lost as RTCP reported it (0–1).</summary>
    [Id(25)] public double RtcpLossFraction { get; init; }
    /// <summary>Interarrival jitter from RTCP, in milliseconds.</summary>
    [Id(26)] public double RtcpJitterMilliseconds { get; init; }
    /// <summary>The ticket the agent filed for this call, empty when none.</summary>
    [Id(27)] public string TicketNumber { get; init; } = "";

    /// <summary>Arrival: a call belongs to the period it arrived in.</summary>
    public DateTimeOffset OccurredAt => ArrivedAt;
}
