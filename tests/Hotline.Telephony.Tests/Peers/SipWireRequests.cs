using System.Globalization;
using System.Net;
using System.Text;

namespace Hotline.Telephony.Tests.Peers;

/// <summary>Well-formed requests as raw wire text, from a client at a given address (Via with rport, so answers come back to it).</summary>
internal static class SipWireRequests
{
    /// <summary>
    /// A request outside any dialog; <paramref name="toTag"/> makes it look in-dialog, <paramref name="aor"/> (default: the
    /// Request-URI) goes in To and From, <paramref name="extraHeaders"/> are whole lines, <paramref name="transport"/> is the Via transport.
    /// </summary>
    public static string Request(
        string method, string requestUri, IPEndPoint from, string callId, uint cseq = 1, string? toTag = null,
        string transport = "UDP", string body = "", string? aor = null, params string[] extraHeaders)
    {
        var host = from.Address.ToString();
        var port = from.Port.ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{method} {requestUri} SIP/2.0\r\n")
            .Append(CultureInfo.InvariantCulture, $"Via: SIP/2.0/{transport} {host}:{port};branch=z9hG4bK-{Guid.NewGuid():N};rport\r\n")
            .Append("Max-Forwards: 70\r\n")
            .Append(CultureInfo.InvariantCulture, $"From: <{aor ?? $"sip:probe@{host}"}>;tag=p{callId.GetHashCode(StringComparison.Ordinal):x8}\r\n")
            .Append(CultureInfo.InvariantCulture, $"To: <{aor ?? requestUri}>{(toTag is null ? "" : ";tag=" + toTag)}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Call-ID: {callId}\r\n")
            .Append(CultureInfo.InvariantCulture, $"CSeq: {cseq.ToString(CultureInfo.InvariantCulture)} {method}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Contact: <sip:probe@{host}:{port}>\r\n");
        foreach (var line in extraHeaders)
        {
            text.Append(line).Append("\r\n");
        }

        return text.Append(CultureInfo.InvariantCulture, $"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n").Append(body).ToString();
    }

    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>An OPTIONS to the server.</summary>
    public static byte[] Options(IPEndPoint from, string callId, uint cseq = 1, string transport = "UDP") =>
        Bytes(Request("OPTIONS", "sip:hotline@127.0.0.1", from, callId, cseq, transport: transport));

    /// <summary>A minimal audio offer (PCMU), so INVITEs look like a phone's.</summary>
    public static string AudioOffer(IPEndPoint from) =>
        "v=0\r\n" +
        $"o=probe 1 1 IN IP4 {from.Address}\r\n" +
        "s=-\r\n" +
        $"c=IN IP4 {from.Address}\r\n" +
        "t=0 0\r\n" +
        "m=audio 40000 RTP/AVP 0\r\n" +
        "a=rtpmap:0 PCMU/8000\r\n";
}
