using System.Text.Json.Serialization;

namespace Hotline.Telephony.Ivr;

/// <summary>A step of a flow; the JSON property <c>type</c> names the kind.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(PlayNode), "play")]
[JsonDerivedType(typeof(CollectNode), "collect")]
[JsonDerivedType(typeof(TimeBranchNode), "time")]
[JsonDerivedType(typeof(SetVariableNode), "set")]
[JsonDerivedType(typeof(RouteToQueueNode), "queue")]
[JsonDerivedType(typeof(VoicemailNode), "voicemail")]
[JsonDerivedType(typeof(CallbackRequestNode), "callback")]
[JsonDerivedType(typeof(QueryTicketNode), "queryTicket")]
[JsonDerivedType(typeof(SurveyNode), "survey")]
[JsonDerivedType(typeof(HangupNode), "hangup")]
[JsonDerivedType(typeof(GotoNode), "goto")]
public abstract record IvrNode
{
    /// <summary>Free text for the flow editor.</summary>
    public string? Description { get; init; }

    /// <summary>The node ids this node can continue to, with the field naming each (for validation and the editor).</summary>
    public abstract IEnumerable<(string Field, string? Target)> Targets();

    /// <summary>True when the node waits for the caller's input, so a loop through it cannot spin (derived, so never written to a flow's JSON).</summary>
    [JsonIgnore]
    public virtual bool WaitsForInput => false;
}

/// <summary>Shared fields of nodes that prompt and collect digits with retries.</summary>
public abstract record PromptedInputNode : IvrNode
{
    /// <summary>Prompt played (interruptible) before collecting.</summary>
    public IvrPrompt? Prompt { get; init; }

    /// <summary>Prompt for the second and later attempts; defaults to <see cref="Prompt"/>.</summary>
    public IvrPrompt? RetryPrompt { get; init; }

    /// <summary>Played after input that does not match, before the retry prompt.</summary>
    public IvrPrompt? InvalidPrompt { get; init; }

    /// <summary>Attempts after the first one.</summary>
    public int Retries { get; init; } = 2;

    /// <summary>Seconds to wait for the first digit.</summary>
    public double FirstDigitTimeoutSeconds { get; init; } = 5;

    /// <summary>Seconds to wait between digits.</summary>
    public double InterDigitTimeoutSeconds { get; init; } = 3;

    /// <inheritdoc />
    [JsonIgnore]
    public override bool WaitsForInput => true;
}
