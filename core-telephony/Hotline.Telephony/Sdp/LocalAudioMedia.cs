using System.Globalization;

namespace Hotline.Telephony.Sdp;

/// <summary>Writes our session skeleton and audio m-line; shared by offers and answers so both describe us the same way.</summary>
internal static class LocalAudioMedia
{
    public static SessionDescription CreateSession(LocalAudioEndpoint local, LocalSdpSession session)
    {
        var description = new SessionDescription(session.Initial)
        {
            SessionName = local.SessionName,
            Connection = SdpConnection.For(local.Address),
        };
        description.Timings.Add(new SdpTiming(0, 0));
        return description;
    }

    public static MediaDescription CreateAudio(
        LocalAudioEndpoint local,
        string protocol,
        IReadOnlyList<RtpPayloadFormat> formats,
        int ptime,
        bool rtcpMux,
        string? mid,
        SdpDirection direction)
    {
        var media = new MediaDescription("audio", local.RtpPort, protocol, formats.Select(f => f.PayloadType.ToString(CultureInfo.InvariantCulture)));
        foreach (var format in formats)
        {
            // rtpmap is optional for static types but written anyway: RFC 8866 §6.6 recommends it and some gateways rely on it.
            media.Attributes.Add(format.ToRtpMap().ToAttribute());
            if (!string.IsNullOrEmpty(format.Parameters))
            {
                media.Attributes.Add(new SdpFmtp(format.PayloadType.ToString(CultureInfo.InvariantCulture), format.Parameters).ToAttribute());
            }
        }

        media.Attributes.Add(new SdpAttributeLine("ptime", ptime.ToString(CultureInfo.InvariantCulture)));
        if (rtcpMux)
        {
            media.Attributes.Add(new SdpAttributeLine("rtcp-mux"));
        }
        else if (local.RtcpPort is { } rtcpPort && rtcpPort != local.RtpPort + 1)
        {
            media.Attributes.Add(new SdpRtcp(rtcpPort).ToAttribute());
        }

        if (mid is not null)
        {
            media.Attributes.Add(new SdpAttributeLine("mid", mid));
        }

        // Written even for sendrecv: the default is implicit, but explicit lines make held/resumed states unambiguous in traces.
        media.Attributes.Add(new SdpAttributeLine(direction.ToAttributeName()));
        return media;
    }
}
