namespace Hotline.Benchmarks.Media;

/// <summary>
/// The sipp scenarios of the media benchmark, written into each step's work folder. The caller's SDP names the phone
/// bank's port ([phone_port], given with -key) and both sides offer telephone-event, as phones do, so no leg falls back
/// to in-band DTMF detection.
/// </summary>
internal static class MediaScenarios
{
    // sipp takes each message line without its leading blanks, so these fit in at any indentation.
    private const string Session = """
        v=0
        o=hotline-bench 53655765 2353687637 IN IP[local_ip_type] [local_ip]
        s=-
        c=IN IP[media_ip_type] [media_ip]
        t=0 0
        """;

    private const string Codecs = """
        a=rtpmap:0 PCMU/8000
        a=rtpmap:101 telephone-event/8000
        a=fmtp:101 0-15
        """;

    /// <summary>INVITE (SDP → the phone bank), ACK, hold for -d ms, BYE.</summary>
    public const string Caller = $"""
        <?xml version="1.0" encoding="ISO-8859-1" ?>
        <scenario name="Media benchmark caller">
          <send retrans="500">
            <![CDATA[

              INVITE sip:[service]@[remote_ip]:[remote_port] SIP/2.0
              Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
              From: sipp <sip:sipp@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
              To: <sip:[service]@[remote_ip]:[remote_port]>
              Call-ID: [call_id]
              CSeq: 1 INVITE
              Contact: sip:sipp@[local_ip]:[local_port]
              Max-Forwards: 70
              Content-Type: application/sdp
              Content-Length: [len]

              {Session}
              m=audio [phone_port] RTP/AVP 0 101
              {Codecs}

            ]]>
          </send>
          <recv response="100" optional="true"/>
          <recv response="180" optional="true"/>
          <recv response="183" optional="true"/>
          <recv response="200" rtd="true"/>
          <send>
            <![CDATA[

              ACK sip:[service]@[remote_ip]:[remote_port] SIP/2.0
              Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
              From: sipp <sip:sipp@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
              To: <sip:[service]@[remote_ip]:[remote_port]>[peer_tag_param]
              Call-ID: [call_id]
              CSeq: 1 ACK
              Contact: sip:sipp@[local_ip]:[local_port]
              Max-Forwards: 70
              Content-Length: 0

            ]]>
          </send>
          <pause/>
          <send retrans="500">
            <![CDATA[

              BYE sip:[service]@[remote_ip]:[remote_port] SIP/2.0
              Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
              From: sipp <sip:sipp@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
              To: <sip:[service]@[remote_ip]:[remote_port]>[peer_tag_param]
              Call-ID: [call_id]
              CSeq: 2 BYE
              Contact: sip:sipp@[local_ip]:[local_port]
              Max-Forwards: 70
              Content-Length: 0

            ]]>
          </send>
          <recv response="200" crlf="true"/>
        </scenario>
        """;

    /// <summary>200 with SDP naming sipp's -rtp_echo port ([media_port]), ACK, BYE, 200.</summary>
    public const string Callee = $"""
        <?xml version="1.0" encoding="ISO-8859-1" ?>
        <scenario name="Media benchmark callee (RTP echo)">
          <recv request="INVITE" crlf="true"/>
          <send retrans="500">
            <![CDATA[

              SIP/2.0 200 OK
              [last_Via:]
              [last_From:]
              [last_To:];tag=[pid]SIPpTag01[call_number]
              [last_Call-ID:]
              [last_CSeq:]
              Contact: <sip:[local_ip]:[local_port];transport=[transport]>
              Content-Type: application/sdp
              Content-Length: [len]

              {Session}
              m=audio [media_port] RTP/AVP 0 101
              {Codecs}

            ]]>
          </send>
          <recv request="ACK" optional="true" rtd="true" crlf="true"/>
          <recv request="BYE"/>
          <send>
            <![CDATA[

              SIP/2.0 200 OK
              [last_Via:]
              [last_From:]
              [last_To:]
              [last_Call-ID:]
              [last_CSeq:]
              Contact: <sip:[local_ip]:[local_port];transport=[transport]>
              Content-Length: 0

            ]]>
          </send>
          <timewait milliseconds="2000"/>
        </scenario>
        """;
}
