namespace Hotline.Telephony.Sdp;

/// <summary>An a= line (RFC 8866 §5.13): a property attribute (Value null) or a value attribute "name:value".</summary>
public sealed record SdpAttributeLine(string Name, string? Value = null)
{
    /// <inheritdoc />
    public override string ToString() => Value is null ? Name : $"{Name}:{Value}";
}
