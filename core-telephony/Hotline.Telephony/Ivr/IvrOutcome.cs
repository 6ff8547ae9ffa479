namespace Hotline.Telephony.Ivr;

/// <summary>How an IVR run ended.</summary>
public enum IvrOutcomeKind
{
    /// <summary>Route the call to <see cref="IvrOutcome.Queue"/> with <see cref="IvrOutcome.Priority"/>.</summary>
    Queue,
    /// <summary>The caller left a message (<see cref="IvrOutcome.Recording"/>).</summary>
    Voicemail,
    /// <summary>The caller asked to be called back at <see cref="IvrOutcome.CallbackNumber"/>.</summary>
    Callback,
    /// <summary>Survey answered (<see cref="IvrOutcome.SurveyScore"/>, null when the caller pressed nothing valid).</summary>
    Survey,
    /// <summary>The flow hung up (a hangup node, or nothing recorded).</summary>
    Completed,
    /// <summary>The caller hung up (the run was cancelled).</summary>
    CallerHungUp,
    /// <summary>The run stopped on a fault: step limit, missing node, lookup failure with nowhere to go.</summary>
    Failed,
}

/// <summary>The result of <see cref="IvrEngine.RunAsync"/>: what to do with the call, plus the variables and path for the CDR.</summary>
public sealed record IvrOutcome
{
    /// <summary>How the run ended.</summary>
    public required IvrOutcomeKind Kind { get; init; }

    /// <summary>Flow id.</summary>
    public required string FlowId { get; init; }

    /// <summary>Flow version.</summary>
    public int FlowVersion { get; init; }

    /// <summary>Queue name for <see cref="IvrOutcomeKind.Queue"/>.</summary>
    public string? Queue { get; init; }

    /// <summary>Queue priority (higher is served first) for <see cref="IvrOutcomeKind.Queue"/>.</summary>
    public int Priority { get; init; }

    /// <summary>Recorded message for <see cref="IvrOutcomeKind.Voicemail"/>.</summary>
    public IvrRecording? Recording { get; init; }

    /// <summary>Number to call back for <see cref="IvrOutcomeKind.Callback"/>.</summary>
    public string? CallbackNumber { get; init; }

    /// <summary>Score 1–5 for <see cref="IvrOutcomeKind.Survey"/>; null when not answered.</summary>
    public int? SurveyScore { get; init; }

    /// <summary>Why a run completed, failed or was hung up.</summary>
    public string? Reason { get; init; }

    /// <summary>The node where the run ended.</summary>
    public string? EndNode { get; init; }

    /// <summary>Variables at the end of the run (collected digits, categories, ...).</summary>
    public required IReadOnlyDictionary<string, string> Variables { get; init; }

    /// <summary>Nodes entered and inputs taken, in order.</summary>
    public required IReadOnlyList<IvrPathStep> Path { get; init; }

    /// <summary>The path in compact form for the CDR, e.g. <c>hours(open)&gt;welcome&gt;welcome[1]&gt;complaint</c>.</summary>
    public string PathText => string.Join('>', Path);
}
