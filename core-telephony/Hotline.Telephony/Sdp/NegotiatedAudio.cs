using System.Net;

namespace Hotline.Telephony.Sdp;

/// <summary>The outcome of an offer/answer exchange for the audio stream: everything a media leg needs to send and receive.</summary>
public sealed record NegotiatedAudio
{
    /// <summary>The index of the audio m-line in the offer and answer.</summary>
    public required int MediaIndex { get; init; }

    /// <summary>The codec and payload type to send with; we accept it on the same number.</summary>
    public required RtpPayloadFormat Codec { get; init; }

    /// <summary>The telephone-event format to send RFC 4733 events with, or null when events were not negotiated.</summary>
    public RtpPayloadFormat? TelephoneEvent { get; init; }

    /// <summary>
    /// The payload type on which the peer's RFC 4733 events arrive. It equals <see cref="TelephoneEvent"/>'s number
    /// unless an answerer renumbered it, which RFC 3264 §6.1 discourages but does not forbid.
    /// </summary>
    public int? ReceiveTelephoneEventPayloadType { get; init; }

    /// <summary>The RFC 4733 events both ends handle, e.g. "0-15".</summary>
    public string? TelephoneEvents { get; init; }

    /// <summary>The peer's RTP address as written (media-level c= overriding session level).</summary>
    public required string RemoteAddress { get; init; }

    /// <summary>The peer's RTP port.</summary>
    public required int RemoteRtpPort { get; init; }

    /// <summary>The peer's RTCP address: a=rtcp's address when given (RFC 3605), else the RTP address.</summary>
    public required string RemoteRtcpAddress { get; init; }

    /// <summary>The peer's RTCP port: a=rtcp's port, RTP + 1 by default, or the RTP port when multiplexed.</summary>
    public required int RemoteRtcpPort { get; init; }

    /// <summary>True when RTP and RTCP share one port (RFC 5761), negotiated by both sides.</summary>
    public bool RtcpMux { get; init; }

    /// <summary>The stream's direction from our side: sendonly means we send and do not receive.</summary>
    public required SdpDirection Direction { get; init; }

    /// <summary>The packetisation to send with, in milliseconds: the peer's ptime, capped by its maxptime.</summary>
    public required int Ptime { get; init; }

    /// <summary>True when the peer's description puts us on hold (sendonly, inactive or c=0.0.0.0).</summary>
    public bool RemoteHold { get; init; }

    /// <summary>True when we should send RTP to the peer.</summary>
    public bool CanSend => Direction.Sends();

    /// <summary>True when we should expect RTP from the peer.</summary>
    public bool CanReceive => Direction.Receives();

    /// <summary>The peer's RTP endpoint, or null when the address is a host name or the hold address.</summary>
    public IPEndPoint? RemoteRtpEndPoint => EndPoint(RemoteAddress, RemoteRtpPort);

    /// <summary>The peer's RTCP endpoint, or null when the address is a host name or the hold address.</summary>
    public IPEndPoint? RemoteRtcpEndPoint => EndPoint(RemoteRtcpAddress, RemoteRtcpPort);

    private static IPEndPoint? EndPoint(string address, int port) =>
        IPAddress.TryParse(address, out var ip) && !ip.Equals(IPAddress.Any) && !ip.Equals(IPAddress.IPv6Any)
            ? new IPEndPoint(ip, port)
            : null;
}
