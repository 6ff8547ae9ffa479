namespace Hotline.Telephony.Sdp;

/// <summary>
/// A line of a type this parser does not model (e.g. the y= some gateways send), kept so the
/// description round-trips; AttributeIndex is how many a= lines of the same level preceded it.
/// </summary>
public sealed record SdpUnknownLine(char Type, string Value, int AttributeIndex)
{
    /// <inheritdoc />
    public override string ToString() => $"{Type}={Value}";
}
