using System.Globalization;
using System.Net;
using System.Text;
using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Parsing;
using Hotline.Telephony.Sip.Transport;

namespace Hotline.Telephony.Tests.Sip.Auth;

/// <summary>Builds requests from wire text and moves messages through the serializer, as the transport would.</summary>
internal static class SipTestRequests
{
    public const string Domain = "hotline.test";

    public static SipRequest Parse(string text)
    {
        var result = SipMessageParser.Parse(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n")));
        return result.Request ?? throw new InvalidOperationException($"test request did not parse: {result}");
    }

    public static SipRequest Parse(byte[] data) =>
        SipMessageParser.Parse(data).Request ?? throw new InvalidOperationException("test vector did not parse");

    /// <summary>A REGISTER for user@domain; <paramref name="contacts"/> become Contact lines, <paramref name="extra"/> extra header lines.</summary>
    public static SipRequest Register(
        string user, string? contact = null, string callId = "reg-call-1", uint cseq = 1, string domain = Domain, params string[] extra)
    {
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"REGISTER sip:{domain} SIP/2.0\r\n")
            .Append("Via: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK-").Append(Guid.NewGuid().ToString("N")).Append("\r\n")
            .Append("Max-Forwards: 70\r\n")
            .Append(CultureInfo.InvariantCulture, $"From: <sip:{user}@{domain}>;tag=f{user}\r\n")
            .Append(CultureInfo.InvariantCulture, $"To: <sip:{user}@{domain}>\r\n")
            .Append(CultureInfo.InvariantCulture, $"Call-ID: {callId}\r\n")
            .Append(CultureInfo.InvariantCulture, $"CSeq: {cseq} REGISTER\r\n")
            .Append("User-Agent: Hotline test phone\r\n");
        if (contact is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"Contact: {contact}\r\n");
        }

        foreach (var line in extra)
        {
            text.Append(line).Append("\r\n");
        }

        return Parse(text.Append("Content-Length: 0\r\n\r\n").ToString());
    }

    /// <summary>The same request with the next CSeq, as a UAC sends it after a challenge (RFC 3261 §22.2).</summary>
    public static void NextCSeq(SipRequest request)
    {
        var cseq = request.CSeq!;
        request.Headers.Set(SipHeaderNames.CSeq, $"{cseq.Number + 1} {cseq.Method}");
        request.Headers.Set(SipHeaderNames.Via, $"SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK-{Guid.NewGuid():N}");
    }

    public static SipRequest Wire(SipRequest request) => Parse(SipMessageSerializer.Serialize(request));

    public static SipResponse Wire(SipResponse response) =>
        SipMessageParser.Parse(SipMessageSerializer.Serialize(response)).Response ?? throw new InvalidOperationException("response did not parse");

    public static SipRemote Udp(int port) => new(SipTransportKind.Udp, new IPEndPoint(IPAddress.Loopback, port));

    public static SipRemote Tcp(int port, long connectionId) => new(SipTransportKind.Tcp, new IPEndPoint(IPAddress.Loopback, port), connectionId);
}
