namespace Hotline.Telephony.Ivr;

/// <summary>What the engine knows about the call when a flow starts, and the variables the flow starts with.</summary>
public sealed class IvrContext
{
    /// <summary>Call identifier (for the CDR).</summary>
    public string? CallId { get; init; }

    /// <summary>The caller's number, when presented.</summary>
    public string? CallerNumber { get; init; }

    /// <summary>The dialled number, e.g. 12328.</summary>
    public string? CalledNumber { get; init; }

    /// <summary>Initial variables; the run works on a copy.</summary>
    public IDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
