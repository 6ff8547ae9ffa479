namespace Hotline.Telephony.Tests.Sdp;

/// <summary>Realistic SDP bodies from the peers Hotline meets, and published RFC examples.</summary>
internal static class SdpSamples
{
    /// <summary>sipp's UAC offer: PCMU plus telephone-event at PT 101 (the shape of its pcap-play scenarios).</summary>
    public const string Sipp = """
        v=0
        o=user1 53655765 2353687637 IN IP4 127.0.0.1
        s=-
        c=IN IP4 127.0.0.1
        t=0 0
        m=audio 6000 RTP/AVP 0 101
        a=rtpmap:0 PCMU/8000
        a=rtpmap:101 telephone-event/8000
        a=fmtp:101 0-11,16

        """;

    /// <summary>sipp's play_dtmf variant: telephone-event at PT 96, PCMA without rtpmap.</summary>
    public const string SippPt96 = """
        v=0
        o=user1 53655765 2353687637 IN IP4 127.0.0.1
        s=-
        c=IN IP4 127.0.0.1
        t=0 0
        m=audio 6002 RTP/AVP 8 96
        a=rtpmap:96 telephone-event/8000
        a=fmtp:96 0-15

        """;

    /// <summary>baresip's offer: opus and G722 first (we must drop them), G.711 and telephone-event after.</summary>
    public const string Baresip = """
        v=0
        o=- 1587542106 3498123712 IN IP4 192.168.1.20
        s=-
        c=IN IP4 192.168.1.20
        t=0 0
        m=audio 10476 RTP/AVP 111 9 0 8 101
        b=AS:64
        a=rtpmap:111 opus/48000/2
        a=fmtp:111 stereo=1;sprop-stereo=1
        a=rtpmap:9 G722/8000
        a=rtpmap:0 PCMU/8000
        a=rtpmap:8 PCMA/8000
        a=rtpmap:101 telephone-event/8000
        a=fmtp:101 0-15
        a=sendrecv
        a=label:1
        a=rtcp-rsize
        a=ssrc:3123184571 cname:9c9b3bd4-8f1d-4e7c-9b4c-2b4d1d5e0a57
        a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level

        """;

    /// <summary>A linphone-like offer: session attributes, telephone-event at three clock rates, a=rtcp, and a video stream.</summary>
    public const string Linphone = """
        v=0
        o=8002 3344 1234 IN IP4 192.168.1.30
        s=Talk
        c=IN IP4 192.168.1.30
        t=0 0
        a=rtcp-xr:rcvr-rtt=all:10000 stat-summary=loss,dup,jitt,TTL voip-metrics
        a=record:off
        m=audio 7078 RTP/AVP 96 97 98 0 8 18 101 99 100
        a=rtpmap:96 opus/48000/2
        a=fmtp:96 useinbandfec=1
        a=rtpmap:97 speex/16000
        a=fmtp:97 vbr=on
        a=rtpmap:98 speex/8000
        a=fmtp:98 vbr=on
        a=fmtp:18 annexb=yes
        a=rtpmap:101 telephone-event/48000
        a=rtpmap:99 telephone-event/16000
        a=rtpmap:100 telephone-event/8000
        a=rtcp:7079
        a=rtcp-fb:* trr-int 1000
        a=rtcp-fb:* ccm tmmbr
        m=video 9078 RTP/AVP 102
        a=rtpmap:102 VP8/90000
        a=rtcp-fb:102 nack pli
        a=rtcp:9079

        """;

    /// <summary>RFC 4317 §2.1 offer (Alice): audio with PCMU, PCMA, iLBC and video with H261 and MPV.</summary>
    public const string Rfc4317AudioVideoOffer = """
        v=0
        o=alice 2890844526 2890844526 IN IP4 host.atlanta.example.com
        s=
        c=IN IP4 host.atlanta.example.com
        t=0 0
        m=audio 49170 RTP/AVP 0 8 97
        a=rtpmap:0 PCMU/8000
        a=rtpmap:8 PCMA/8000
        a=rtpmap:97 iLBC/8000
        m=video 51372 RTP/AVP 31 32
        a=rtpmap:31 H261/90000
        a=rtpmap:32 MPV/90000

        """;

    /// <summary>RFC 4317 §2.1 answer (Bob): PCMU and MPV.</summary>
    public const string Rfc4317AudioVideoAnswer = """
        v=0
        o=bob 2808844564 2808844564 IN IP4 host.biloxi.example.com
        s=
        c=IN IP4 host.biloxi.example.com
        t=0 0
        m=audio 49174 RTP/AVP 0
        a=rtpmap:0 PCMU/8000
        m=video 49170 RTP/AVP 32
        a=rtpmap:32 MPV/90000

        """;

    /// <summary>RFC 4317 §2.4 offer: two audio streams, the second carrying only telephone-event.</summary>
    public const string Rfc4317TwoAudioOffer = """
        v=0
        o=alice 2890844526 2890844526 IN IP4 host.atlanta.example.com
        s=
        c=IN IP4 host.atlanta.example.com
        t=0 0
        m=audio 49170 RTP/AVP 0 97
        a=rtpmap:0 PCMU/8000
        a=rtpmap:97 iLBC/8000
        m=audio 49172 RTP/AVP 98
        a=rtpmap:98 telephone-event/8000
        a=sendonly

        """;

    /// <summary>RFC 4317 §2.4 answer.</summary>
    public const string Rfc4317TwoAudioAnswer = """
        v=0
        o=bob 2808844564 2808844564 IN IP4 host.biloxi.example.com
        s=
        c=IN IP4 host.biloxi.example.com
        t=0 0
        m=audio 49172 RTP/AVP 97
        a=rtpmap:97 iLBC/8000
        m=audio 49174 RTP/AVP 98
        a=rtpmap:98 telephone-event/8000
        a=recvonly

        """;

    /// <summary>RFC 4317 §3.1 hold offer: the same session, version + 1, marked sendonly.</summary>
    public const string Rfc4317HoldOffer = """
        v=0
        o=alice 2890844526 2890844527 IN IP4 host.atlanta.example.com
        s=
        c=IN IP4 host.atlanta.example.com
        t=0 0
        m=audio 49170 RTP/AVP 0 97
        a=rtpmap:0 PCMU/8000
        a=rtpmap:97 iLBC/8000
        a=sendonly

        """;

    /// <summary>RFC 4317 §3.1 hold answer: recvonly.</summary>
    public const string Rfc4317HoldAnswer = """
        v=0
        o=bob 2808844564 2808844565 IN IP4 host.biloxi.example.com
        s=
        c=IN IP4 host.biloxi.example.com
        t=0 0
        m=audio 49172 RTP/AVP 97
        a=rtpmap:97 iLBC/8000
        a=recvonly

        """;

    /// <summary>RFC 3264 §10.1 offer (Alice): one audio and two video streams.</summary>
    public const string Rfc3264Offer = """
        v=0
        o=alice 2890844526 2890844526 IN IP4 host.anywhere.com
        s=
        c=IN IP4 host.anywhere.com
        t=0 0
        m=audio 49170 RTP/AVP 0
        a=rtpmap:0 PCMU/8000
        m=video 51372 RTP/AVP 31
        a=rtpmap:31 H261/90000
        m=video 53000 RTP/AVP 32
        a=rtpmap:32 MPV/90000

        """;

    /// <summary>RFC 3264 §10.1 answer (Bob): the first video stream rejected with port 0.</summary>
    public const string Rfc3264Answer = """
        v=0
        o=bob 2890844730 2890844730 IN IP4 host.example.com
        s=
        c=IN IP4 host.example.com
        t=0 0
        m=audio 49920 RTP/AVP 0
        a=rtpmap:0 PCMU/8000
        m=video 0 RTP/AVP 31
        m=video 53000 RTP/AVP 32
        a=rtpmap:32 MPV/90000

        """;

    /// <summary>RFC 3264 §10.1 second offer (Bob): new audio port, version + 1, and a recvonly events stream added.</summary>
    public const string Rfc3264SecondOffer = """
        v=0
        o=bob 2890844730 2890844731 IN IP4 host.example.com
        s=
        c=IN IP4 host.example.com
        t=0 0
        m=audio 65422 RTP/AVP 0
        a=rtpmap:0 PCMU/8000
        m=video 0 RTP/AVP 31
        m=video 53000 RTP/AVP 32
        a=rtpmap:32 MPV/90000
        m=audio 51434 RTP/AVP 110
        a=rtpmap:110 telephone-events/8000
        a=recvonly

        """;

    /// <summary>RFC 3264 §10.1 second answer (Alice): the events stream accepted as sendonly.</summary>
    public const string Rfc3264SecondAnswer = """
        v=0
        o=alice 2890844526 2890844527 IN IP4 host.anywhere.com
        s=
        c=IN IP4 host.anywhere.com
        t=0 0
        m=audio 49170 RTP/AVP 0
        a=rtpmap:0 PCMU/8000
        m=video 0 RTP/AVP 31
        a=rtpmap:31 H261/90000
        m=video 53000 RTP/AVP 32
        a=rtpmap:32 MPV/90000
        m=audio 53122 RTP/AVP 110
        a=rtpmap:110 telephone-events/8000
        a=sendonly

        """;

    /// <summary>The same text with CRLF line endings, as it travels in a SIP body.</summary>
    public static string Crlf(string text) => text.ReplaceLineEndings("\r\n");
}
