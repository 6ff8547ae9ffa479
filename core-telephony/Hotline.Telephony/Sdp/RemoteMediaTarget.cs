using System.Globalization;

namespace Hotline.Telephony.Sdp;

/// <summary>Where the peer wants RTP and RTCP for one m-line, read from its description.</summary>
internal sealed record RemoteMediaTarget(string Address, int RtpPort, string RtcpAddress, int RtcpPort)
{
    public static RemoteMediaTarget From(SessionDescription description, MediaDescription media, int mediaIndex, bool rtcpMux)
    {
        var connection = description.ConnectionFor(media)
            ?? throw new SdpNegotiationException("the stream has no c= line at media or session level (RFC 8866 §5.7)", mediaIndex);
        var address = connection.Host;
        if (rtcpMux)
        {
            return new RemoteMediaTarget(address, media.Port, address, media.Port);
        }

        // RFC 3605: a=rtcp overrides the RTP + 1 convention of RFC 3550 §11, possibly with its own address.
        if (media.Attributes.Rtcp is { } rtcp)
        {
            return new RemoteMediaTarget(address, media.Port, rtcp.Connection?.Host ?? address, rtcp.Port);
        }

        return new RemoteMediaTarget(address, media.Port, address, media.Port + 1);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Address}:{RtpPort} (RTCP {RtcpAddress}:{RtcpPort})");
}
