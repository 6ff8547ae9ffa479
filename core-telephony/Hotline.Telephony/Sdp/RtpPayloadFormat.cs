using System.Globalization;

namespace Hotline.Telephony.Sdp;

/// <summary>An RTP payload format as negotiated: payload type number, encoding, clock rate, channels and fmtp parameters.</summary>
public sealed record RtpPayloadFormat(int PayloadType, string EncodingName, int ClockRate, int Channels = 1, string? Parameters = null)
{
    /// <summary>The first dynamic payload type number (RFC 3551 §6).</summary>
    public const int FirstDynamicPayloadType = 96;

    /// <summary>True for payload types 96–127, whose meaning comes only from a=rtpmap.</summary>
    public bool IsDynamic => PayloadType >= FirstDynamicPayloadType;

    /// <summary>True when this format has the given encoding name (case-insensitive, RFC 4855 §3) and clock rate.</summary>
    public bool Is(string encodingName, int clockRate) =>
        string.Equals(EncodingName, encodingName, StringComparison.OrdinalIgnoreCase) && ClockRate == clockRate;

    /// <summary>The a=rtpmap for this format; channels are written only when not mono, as RFC 8866 §6.6 allows.</summary>
    public SdpRtpMap ToRtpMap() => new(PayloadType, EncodingName, ClockRate, Channels == 1 ? null : Channels);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{PayloadType} {EncodingName}/{ClockRate}");
}
