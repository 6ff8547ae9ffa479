using System.Net;

namespace Hotline.Telephony.Sdp;

/// <summary>Our media endpoint for one call leg and what it can do: the input to offers and answers.</summary>
public sealed record LocalAudioEndpoint(IPAddress Address, int RtpPort)
{
    /// <summary>Codecs in our order of preference; PCMU then PCMA by default.</summary>
    public IReadOnlyList<AudioCodec> Codecs { get; init; } = [AudioCodec.Pcmu, AudioCodec.Pcma];

    /// <summary>The payload type we offer telephone-event under (RFC 4733), or null to offer and accept no DTMF events.</summary>
    /// <remarks>When answering, the offer's number is kept whatever this is (RFC 3264 §6.1).</remarks>
    public int? TelephoneEventPayloadType { get; init; } = 101;

    /// <summary>The RFC 4733 events we handle: DTMF 0–15 and flash (16).</summary>
    public string TelephoneEvents { get; init; } = "0-16";

    /// <summary>The direction we want: sendrecv normally, sendonly to hold the peer, inactive when both are held.</summary>
    public SdpDirection Direction { get; init; } = SdpDirection.SendRecv;

    /// <summary>The packetisation we ask to receive, in milliseconds (RFC 8866 §6.4).</summary>
    public int Ptime { get; init; } = 20;

    /// <summary>Our RTCP port when it is not RTP + 1 (then an a=rtcp line is written, RFC 3605).</summary>
    public int? RtcpPort { get; init; }

    /// <summary>Whether we offer and accept RTP/RTCP multiplexing on one port (RFC 5761).</summary>
    public bool RtcpMux { get; init; }

    /// <summary>The s= value we write.</summary>
    public string SessionName { get; init; } = "Hotline";

    /// <summary>Throws when the endpoint cannot be described in SDP.</summary>
    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(Address);
        ArgumentOutOfRangeException.ThrowIfLessThan(RtpPort, 1, nameof(RtpPort));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(RtpPort, 65535, nameof(RtpPort));
        ArgumentOutOfRangeException.ThrowIfLessThan(Ptime, 1, nameof(Ptime));
        if (Codecs.Count == 0)
        {
            throw new ArgumentException("At least one audio codec is needed to offer or answer audio.", nameof(Codecs));
        }

        if (TelephoneEventPayloadType is { } te
            && (te is < RtpPayloadFormat.FirstDynamicPayloadType or > 127 || Codecs.Any(c => c.PayloadType == te)))
        {
            throw new ArgumentException(
                $"telephone-event payload type {te} must be dynamic (96-127) and differ from the codecs' payload types.",
                nameof(TelephoneEventPayloadType));
        }

        _ = TelephoneEventSet.Parse(TelephoneEvents);
    }
}
