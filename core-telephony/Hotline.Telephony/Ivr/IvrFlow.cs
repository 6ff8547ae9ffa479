namespace Hotline.Telephony.Ivr;

/// <summary>An IVR flow as data: id, version, start node and nodes keyed by id (serialised by <see cref="IvrFlowJson"/>).</summary>
public sealed record IvrFlow
{
    /// <summary>Flow id, e.g. "12328".</summary>
    public required string Id { get; init; }

    /// <summary>Version, raised by the editor on every published change (goes into the CDR).</summary>
    public int Version { get; init; } = 1;

    /// <summary>Human-readable name.</summary>
    public string? Name { get; init; }

    /// <summary>Id of the first node.</summary>
    public required string Start { get; init; }

    /// <summary>Business calendars referenced by time-branch nodes, by name.</summary>
    public IDictionary<string, BusinessCalendar> Calendars { get; init; } = new Dictionary<string, BusinessCalendar>(StringComparer.Ordinal);

    /// <summary>Nodes by id.</summary>
    public IDictionary<string, IvrNode> Nodes { get; init; } = new Dictionary<string, IvrNode>(StringComparer.Ordinal);
}
