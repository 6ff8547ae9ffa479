namespace Hotline.Telephony.Ivr;

/// <summary>One step of the IVR path that goes into the CDR: a node entered, or the input/decision taken there.</summary>
/// <param name="NodeId">The node.</param>
/// <param name="Digits">Digits collected at this step, if any.</param>
/// <param name="Event">What happened: "timeout", "invalid", "open", "closed", "holiday", "not-found", ..., or null for entering the node.</param>
/// <param name="At">When (engine clock).</param>
public sealed record IvrPathStep(string NodeId, string? Digits, string? Event, DateTimeOffset At)
{
    /// <summary>Compact form: <c>node</c>, <c>node[digits]</c>, <c>node(event)</c> or <c>node[digits](event)</c>.</summary>
    public override string ToString() =>
        NodeId + (Digits is { Length: > 0 } ? $"[{Digits}]" : string.Empty) + (Event is null ? string.Empty : $"({Event})");
}
