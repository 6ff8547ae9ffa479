namespace Hotline.Grains.Abstractions.Calls;

/// <summary>How an IVR run on the node ended, for the call's grain to act on.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.IvrResult")]
public sealed record IvrResult
{
    /// <summary>What the caller chose or what happened.</summary>
    [Id(0)] public required IvrResultKind Kind { get; init; }

    /// <summary>The flow that ran.</summary>
    [Id(1)] public required string Flow { get; init; }

    /// <summary>The queue to route to (<see cref="IvrResultKind.Queue"/>).</summary>
    [Id(2)] public string? Queue { get; init; }

    /// <summary>The queue priority the flow set (higher is served first).</summary>
    [Id(3)] public int Priority { get; init; }

    /// <summary>The nodes entered and inputs taken, in order, e.g. <c>welcome[1]</c>.</summary>
    [Id(4)] public IReadOnlyList<string> Path { get; init; } = [];

    /// <summary>The flow's variables at the end (choices, collected numbers).</summary>
    [Id(5)] public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>();

    /// <summary>The voicemail file (<see cref="IvrResultKind.Voicemail"/>).</summary>
    [Id(6)] public string? VoicemailPath { get; init; }

    /// <summary>The voicemail length.</summary>
    [Id(7)] public TimeSpan VoicemailLength { get; init; }

    /// <summary>The number to call back (<see cref="IvrResultKind.Callback"/>).</summary>
    [Id(8)] public string? CallbackNumber { get; init; }

    /// <summary>The satisfaction score 1–5 (<see cref="IvrResultKind.Survey"/>); null when none was given.</summary>
    [Id(9)] public int? SurveyScore { get; init; }

    /// <summary>Why the run completed, failed or was hung up.</summary>
    [Id(10)] public string? Reason { get; init; }
}

/// <summary>The kinds of <see cref="IvrResult"/>.</summary>
[GenerateSerializer]
public enum IvrResultKind
{
    /// <summary>Route to a queue.</summary>
    Queue,

    /// <summary>The caller left a message.</summary>
    Voicemail,

    /// <summary>The caller asked to be called back.</summary>
    Callback,

    /// <summary>The post-call survey was answered (or not).</summary>
    Survey,

    /// <summary>The flow ended the call (self-service done).</summary>
    Completed,

    /// <summary>The caller hung up during the IVR.</summary>
    CallerHungUp,

    /// <summary>The flow failed.</summary>
    Failed,
}
