namespace Hotline.Telephony.Sdp;

/// <summary>An audio codec this side can send and receive, with the payload type it is offered under.</summary>
public sealed record AudioCodec(string EncodingName, int ClockRate, int PayloadType)
{
    /// <summary>G.711 µ-law, static payload type 0 (RFC 3551).</summary>
    public static AudioCodec Pcmu { get; } = new("PCMU", 8000, StaticPayloadTypes.Pcmu);

    /// <summary>G.711 A-law, static payload type 8 (RFC 3551).</summary>
    public static AudioCodec Pcma { get; } = new("PCMA", 8000, StaticPayloadTypes.Pcma);

    /// <summary>True when an offered payload format is this codec, whatever number the offer gave it (mono only).</summary>
    public bool Matches(RtpPayloadFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return format.Is(EncodingName, ClockRate) && format.Channels == 1;
    }

    /// <summary>This codec as a payload format under its own payload type.</summary>
    public RtpPayloadFormat ToPayloadFormat() => new(PayloadType, EncodingName, ClockRate);
}
