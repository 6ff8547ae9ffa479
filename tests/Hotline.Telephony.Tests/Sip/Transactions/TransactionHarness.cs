using System.Net;
using System.Text;
using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Parsing;
using Hotline.Telephony.Sip.Transactions;
using Hotline.Telephony.Sip.Transport;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Telephony.Tests.Sip.Transactions;

/// <summary>A transaction layer over a fake transport and a fake clock, with helpers to make SIP messages.</summary>
internal sealed class TransactionHarness : IDisposable
{
    public static readonly SipRemote Udp = new(SipTransportKind.Udp, new IPEndPoint(IPAddress.Parse("198.51.100.7"), 5060));
    public static readonly SipRemote Tcp = new(SipTransportKind.Tcp, new IPEndPoint(IPAddress.Parse("198.51.100.7"), 40000), 42);
    private static readonly IPEndPoint _local = new(IPAddress.Parse("192.0.2.10"), 5060);

    public TransactionHarness(SipTransactionOptions? options = null)
    {
        Layer = new SipTransactionLayer(Transport, options, Time) { User = User };
    }

    /// <summary>The test's cancellation token.</summary>
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public FakeSipTransport Transport { get; } = new();

    public RecordingTransactionUser User { get; } = new();

    public SipTransactionLayer Layer { get; }

    public void Advance(double seconds) => Time.Advance(TimeSpan.FromSeconds(seconds));

    /// <summary>Advances in small steps (so every timer fires at its own time) and returns the offsets at which requests were sent.</summary>
    public List<double> SendTimesOver(double seconds, string method)
    {
        var times = new List<double>();
        var before = Transport.SentRequests.Count(r => r.Is(method));
        for (var ms = 0; ms < seconds * 1000; ms += 50)
        {
            Time.Advance(TimeSpan.FromMilliseconds(50));
            var now = Transport.SentRequests.Count(r => r.Is(method));
            for (; before < now; before++)
            {
                times.Add((ms + 50) / 1000.0);
            }
        }

        return times;
    }

    public List<double> ResponseTimesOver(double seconds, int status)
    {
        var times = new List<double>();
        var before = Transport.SentResponses.Count(r => r.StatusCode == status);
        for (var ms = 0; ms < seconds * 1000; ms += 50)
        {
            Time.Advance(TimeSpan.FromMilliseconds(50));
            var now = Transport.SentResponses.Count(r => r.StatusCode == status);
            for (; before < now; before++)
            {
                times.Add((ms + 50) / 1000.0);
            }
        }

        return times;
    }

    public ValueTask Receive(SipMessage message, SipRemote? remote = null) =>
        Layer.ReceiveAsync(new SipInboundMessage(message, remote ?? Udp, _local));

    /// <summary>A request as a peer would send it to us.</summary>
    public static SipRequest InboundRequest(
        string method = "INVITE",
        string branch = "z9hG4bK776asdhds",
        string sentBy = "pc33.atlanta.example",
        string toTag = "",
        string fromTag = "1928301774",
        string callId = "a84b4c76e66710@pc33",
        uint cseq = 314159,
        string? cseqMethod = null,
        string transport = "UDP",
        string requestUri = "sip:bob@biloxi.example") =>
        Parse(
            $"{method} {requestUri} SIP/2.0\r\n" +
            $"Via: SIP/2.0/{transport} {sentBy}{(branch.Length > 0 ? ";branch=" + branch : string.Empty)}\r\n" +
            "Max-Forwards: 70\r\n" +
            $"To: Bob <sip:bob@biloxi.example>{(toTag.Length > 0 ? ";tag=" + toTag : string.Empty)}\r\n" +
            $"From: Alice <sip:alice@atlanta.example>;tag={fromTag}\r\n" +
            $"Call-ID: {callId}\r\n" +
            $"CSeq: {cseq} {cseqMethod ?? method}\r\n" +
            "Contact: <sip:alice@pc33.atlanta.example>\r\n" +
            "Content-Length: 0\r\n\r\n").Request!;

    /// <summary>A request of ours, before the layer adds its Via.</summary>
    public static SipRequest OutboundRequest(string method = "INVITE", uint cseq = 1)
    {
        var request = new SipRequest(method, SipUri.Parse("sip:8001@198.51.100.7"));
        request.Headers.Add("Max-Forwards", "70");
        request.Headers.Add("To", "<sip:8001@198.51.100.7>");
        request.Headers.Add("From", "<sip:12328@192.0.2.10>;tag=ours1");
        request.Headers.Add("Call-ID", "call-" + method.ToLowerInvariant() + "@192.0.2.10");
        request.Headers.Add("CSeq", $"{cseq} {method}");
        request.Headers.Add("Route", "<sip:proxy.example;lr>");
        return request;
    }

    /// <summary>The response a peer would send to <paramref name="request"/>, round-tripped through the wire format.</summary>
    public static SipResponse ResponseTo(SipRequest request, int status, string toTag = "theirs1")
    {
        var response = SipResponse.CreateFor(request, status, toTag: status == 100 ? null : toTag);
        return Parse(SipMessageSerializer.ToText(response)).Response!;
    }

    private static SipParseResult Parse(string text)
    {
        var result = SipMessageParser.Parse(Encoding.UTF8.GetBytes(text));
        Assert.True(result.IsSuccess, result.ToString());
        return result;
    }

    public void Dispose() => Layer.Dispose();
}
