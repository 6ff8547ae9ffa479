namespace Hotline.Telephony.Sdp;

/// <summary>A b= line (RFC 8866 §5.8): a bandwidth type such as AS, CT or TIAS (RFC 3890) and its value.</summary>
/// <remarks>AS and CT are in kilobits per second, TIAS in bits per second; unknown types are kept as written.</remarks>
public sealed record SdpBandwidth(string Type, ulong Value)
{
    /// <inheritdoc />
    public override string ToString() => $"{Type}:{Value}";
}
