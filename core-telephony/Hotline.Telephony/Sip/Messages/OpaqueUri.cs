namespace Hotline.Telephony.Sip.Messages;

/// <summary>A URI of a scheme this stack does not interpret (kept verbatim so the element can answer 416).</summary>
public sealed class OpaqueUri : AddressUri, IEquatable<OpaqueUri>
{
    /// <summary>Creates a URI from its scheme and the text after the colon.</summary>
    public OpaqueUri(string scheme, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(scheme);
        ArgumentNullException.ThrowIfNull(value);
        Scheme = scheme;
        Value = value;
    }

    /// <inheritdoc/>
    public override string Scheme { get; }

    /// <summary>Everything after "scheme:".</summary>
    public string Value { get; }

    /// <inheritdoc/>
    public bool Equals(OpaqueUri? other) =>
        other is not null && string.Equals(Scheme, other.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as OpaqueUri);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(Scheme), StringComparer.Ordinal.GetHashCode(Value));

    /// <inheritdoc/>
    public override string ToString() => Scheme + ":" + Value;
}
