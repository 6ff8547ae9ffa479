using System.Net;
using System.Net.Sockets;
using System.Text;
using Hotline.Telephony.Tests.Peers;

namespace Hotline.Telephony.Tests.Sip.Interop;

/// <summary>
/// The RFC 4475 torture messages on the wire: each is sent as one UDP datagram to a running SipServer and the answer (or the
/// silence) is checked against what the RFC expects of the element the message is addressed to; ncl, mcl01 and clerr also go
/// over TCP, where the stream must close or wait and never mis-frame the message after them.
/// Every case gets its own server: several vectors reuse one branch and sent-by (e.g. cparam01/cparam02, unkscm/novelsc), so on a
/// shared server the second would rightly be taken for a retransmission of the first while Timer J runs (RFC 3261 §17.2.3).
/// Hotline is started as the registrar/UAS for example.com, the domain most vectors address, so they reach its registrar and
/// B2BUA logic (a foreign domain would only earn the registrar's 404 and hide what the RFC expects of the target element).
/// </summary>
[Trait("Category", "Integration")]
public sealed class Rfc4475WireTests
{
    internal const string Domain = "example.com";
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(10);
    // Short: a drop is asserted as silence over this window (answers on loopback take a few milliseconds).
    private static readonly TimeSpan DropWindow = TimeSpan.FromMilliseconds(400);

    /// <summary>What Hotline, as the UAS/registrar for example.com, answers to each vector, and why that is what the RFC asks.</summary>
    private static readonly Dictionary<string, Expected> _expected = new(StringComparer.Ordinal)
    {
        // 3.1.1 valid: parsed, then answered by Hotline's own routing or policy, never 400.
        ["wsinv.dat"] = Answer("To carries a tag: a mid-dialog INVITE for a dialog Hotline does not hold (RFC 3261 §12.2.2)", 481),
        ["intmeth.dat"] = Answer("unknown method (RFC 3261 §8.2.1)", 501),
        ["esc01.dat"] = Answer("an INVITE to a non-service number must be authenticated first (RFC 3261 §8.2: authentication before the rest)", 401),
        ["escnull.dat"] = Answer("REGISTER for an example.com AOR without credentials is challenged", 401),
        ["esc02.dat"] = Answer("RE%47IST%45R is a method of its own, not REGISTER (RFC 4475 §3.1.1.5), and unknown", 501),
        ["lwsdisp.dat"] = Answer("OPTIONS is answered by the element", 200),
        ["longreq.dat"] = Answer("an INVITE to a non-service number is challenged; the long values and 34 Vias are echoed intact", [401], r =>
            Assert.Equal(34, r.Values("Via", "v").Count)),
        ["dblreq.dat"] = Answer("the first REGISTER is handled (challenged); the second request in the datagram is ignored", 401),
        ["semiuri.dat"] = Answer("OPTIONS is answered by the element", 200),
        ["transports.dat"] = Answer("OPTIONS is answered by the element", 200),
        ["mpart01.dat"] = Answer("MESSAGE is a known method Hotline does not allow outside a dialog: 405 with Allow (RFC 3261 §8.2.1)", [405], r => AssertAllowListsCoreMethods(r, "MESSAGE")),
        ["unreason.dat"] = Drop("a 200 response matching no transaction of ours is discarded"),
        ["noreason.dat"] = Drop("a 100 response matching no transaction of ours is discarded"),
        ["inv2543.dat"] = Answer("RFC 2543 INVITE (no branch, no tags) is accepted for processing, hence challenged like any INVITE to a non-service number", 401),

        // 3.1.2 invalid: 400 (505 for the version), or dropped when a response.
        ["badinv01.dat"] = Answer("extraneous header field separators", 400),
        ["clerr.dat"] = Answer("Content-Length larger than the datagram", 400),
        ["ncl.dat"] = Answer("negative Content-Length", 400),
        ["scalar02.dat"] = Answer("overlarge CSeq and other scalars", 400),
        ["scalarlg.dat"] = Drop("a response with overlarge scalars is discarded"),
        ["quotbal.dat"] = Answer("unterminated quoted string", 400),
        ["ltgtruri.dat"] = Answer("<> around the Request-URI", 400),
        ["lwsruri.dat"] = Answer("LWS inside the Request-URI", 400),
        ["lwsstart.dat"] = Answer("multiple SP in the request line", 400),
        ["trws.dat"] = Answer("trailing SP in the request line", 400),
        ["escruri.dat"] = Answer("escaped headers in the Request-URI", 400),
        ["baddate.dat"] = Answer("the RFC allows ignoring the bad Date; the INVITE is then processed (challenged)", 401),
        ["regbadct.dat"] = Answer("Contact URI with escaped headers outside <>", 400),
        ["badaspec.dat"] = Answer("spaces within addr-spec", 400),
        ["baddn.dat"] = Answer("non-token characters in the display name", 400),
        ["badvers.dat"] = Answer("unknown SIP version", 505),
        ["mismatch01.dat"] = Answer("start line and CSeq method differ", 400),
        ["mismatch02.dat"] = Answer("unknown method with a CSeq that names another: the mismatch is found first (400 is one of the two the RFC allows)", 400),
        ["bigcode.dat"] = Drop("a response with an overlarge status code is discarded"),

        // 3.2-3.4 semantic.
        ["badbranch.dat"] = Answer("a branch of just the magic cookie is an RFC 2543-style request, still answered", 200),
        ["insuf.dat"] = Answer("missing required header fields", 400),
        ["unkscm.dat"] = Answer("Request-URI with an unknown scheme", 416),
        ["novelsc.dat"] = Answer("soap.beep is no scheme Hotline serves", 416),
        ["unksm2.dat"] = Answer("a registrar needs a SIP/SIPS To as the address-of-record", 400),
        ["bext01.dat"] = Answer("unsupported option tags in Require", [420], r =>
        {
            var unsupported = string.Join(",", r.Values("Unsupported"));
            Assert.Contains("nothingSupportsThis", unsupported, StringComparison.Ordinal);
            Assert.Contains("nothingSupportsThisEither", unsupported, StringComparison.Ordinal);
            // Proxy-Require is for proxies; a UAS ignores it (RFC 3261 §8.2.2.3).
            Assert.DoesNotContain("noProxiesSupportThis", unsupported, StringComparison.Ordinal);
        }),
        ["invut.dat"] = Answer("unknown Content-Type", [415], r => Assert.Contains("application/sdp", string.Join(",", r.Values("Accept")), StringComparison.Ordinal)),
        ["regaut01.dat"] = Answer("unknown Authorization scheme earns a challenge", [401], r =>
            Assert.Contains(r.Values("WWW-Authenticate"), v => v.StartsWith("Digest ", StringComparison.Ordinal) && v.Contains("realm=\"example.com\"", StringComparison.Ordinal))),
        ["multi01.dat"] = Answer("several values in single-value fields", 400),
        ["mcl01.dat"] = Answer("several Content-Length values", 400),
        ["bcast.dat"] = Drop("a response matching no transaction of ours is discarded (never sent towards the broadcast Via)"),
        ["zeromf.dat"] = Answer("Max-Forwards 0 is legal for the element the request is addressed to", 200),
        ["cparam01.dat"] = Answer("REGISTER without credentials is challenged (the Contact parsing itself is a parser test)", 401),
        ["cparam02.dat"] = Answer("REGISTER without credentials is challenged", 401),
        ["regescrt.dat"] = Answer("REGISTER without credentials is challenged", 401),
        ["sdp01.dat"] = Answer("an INVITE to a non-service number is authenticated before its content is looked at (RFC 3261 §8.2 order); the RFC's 406 would follow authentication", 401),
    };

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in TortureVectors.Manifest())
        {
            data.Add(row.File, row.Class, row.Expectation);
        }

        return data;
    }

    [Fact]
    public void Every_vector_has_an_expectation_that_agrees_with_the_manifest()
    {
        foreach (var (file, _, vectorClass, expectation) in TortureVectors.Manifest())
        {
            Assert.True(_expected.TryGetValue(file, out var expected), $"no wire expectation for {file}");
            if (vectorClass == "valid")
            {
                Assert.DoesNotContain(400, expected.Statuses);
            }

            if (expectation.StartsWith("discard", StringComparison.Ordinal))
            {
                Assert.True(expected.IsDrop, $"{file}: the manifest says discard");
            }

            if (expectation.StartsWith("reject (400):", StringComparison.Ordinal) || expectation.StartsWith("reject (505)", StringComparison.Ordinal)
                || expectation.StartsWith("reject (416)", StringComparison.Ordinal) || expectation.StartsWith("reject (420", StringComparison.Ordinal)
                || expectation.StartsWith("reject (415)", StringComparison.Ordinal) || expectation.StartsWith("reject (401)", StringComparison.Ordinal))
            {
                Assert.Equal([int.Parse(expectation.AsSpan(8, 3), provider: null)], expected.Statuses);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Vector_as_one_udp_datagram_is_answered_as_the_rfc_says(string file, string vectorClass, string expectation)
    {
        var expected = _expected[file];
        var vector = TortureVectors.Read(file);
        var callId = RawSipResponse.CallIdOf(Encoding.UTF8.GetString(vector));
        await using var harness = StartServer();
        using var probe = SipUdpProbe.AtDefaultSipPort();

        await probe.SendAsync(vector, Udp(harness));

        if (expected.IsDrop)
        {
            var answer = await probe.ReceiveRawAsync(DropWindow);
            Assert.True(answer is null, $"{file} ({vectorClass}: {expectation}) should be dropped but got: {(answer is null ? "" : Encoding.UTF8.GetString(answer))}");
        }
        else
        {
            var response = await probe.ReceiveRawResponseAsync(r => r.IsFinal && r.CallId == callId, AnswerTimeout);
            Assert.True(response is not null, $"{file} ({vectorClass}: {expectation}): no final response within {AnswerTimeout}; expected {string.Join("/", expected.Statuses)} because {expected.Why}");
            Assert.True(expected.Statuses.Contains(response.Status),
                $"{file} ({vectorClass}: {expectation}): got {response.Status}, expected {string.Join("/", expected.Statuses)} because {expected.Why}\n{response}");
            expected.Check?.Invoke(response);
        }

        await AssertServerAnswersOptionsAsync(harness);
    }

    [Theory]
    [InlineData("ncl.dat")]
    [InlineData("mcl01.dat")]
    public async Task Unframeable_vector_over_tcp_closes_the_connection_and_the_next_message_is_never_read(string file)
    {
        await using var harness = StartServer();
        using var client = await ConnectAsync(harness);
        var stream = client.GetStream();
        var local = (IPEndPoint)client.Client.LocalEndPoint!;
        var after = $"after-{file}-{Guid.NewGuid():N}";

        await stream.WriteAsync(TortureVectors.Read(file), Ct);
        await stream.WriteAsync(SipWireRequests.Options(local, after, transport: "TCP"), Ct);
        var (received, closed) = await TcpReads.ReadUntilClosedAsync(stream, TimeSpan.FromSeconds(3));

        Assert.True(closed, $"{file}: the connection should be closed because the message boundary is unknown");
        var responses = RawSipResponse.ReadAll(received);
        Assert.DoesNotContain(responses, r => r.CallId == after);
        Assert.All(responses, r => Assert.Equal(400, r.Status));
        await AssertServerAnswersOptionsAsync(harness);
    }

    [Fact]
    public async Task Clerr_over_tcp_waits_for_the_declared_body_and_then_stays_in_step()
    {
        await using var harness = StartServer();
        using var client = await ConnectAsync(harness);
        var stream = client.GetStream();
        var local = (IPEndPoint)client.Client.LocalEndPoint!;
        var vector = TortureVectors.Read("clerr.dat");
        var swallowed = SipWireRequests.Options(local, "swallowed-" + Guid.NewGuid().ToString("N"), transport: "TCP");

        // Content-Length: 9999 on a stream means the next 9999 octets are body, whatever they look like: the OPTIONS is body.
        await stream.WriteAsync(vector, Ct);
        await stream.WriteAsync(swallowed, Ct);
        var (early, closedEarly) = await TcpReads.ReadUntilClosedAsync(stream, DropWindow);
        Assert.False(closedEarly, "clerr over TCP: a short body is not an error on a stream, the server must wait for the rest");
        Assert.Empty(early);

        // Completing the declared body puts the framer exactly at the next message, which is then answered.
        var headerLength = vector.AsSpan().IndexOf("\r\n\r\n"u8) + 4;
        var missing = 9999 - (vector.Length - headerLength) - swallowed.Length;
        await stream.WriteAsync(Enumerable.Repeat((byte)'x', missing).ToArray(), Ct);
        var next = "next-" + Guid.NewGuid().ToString("N");
        await stream.WriteAsync(SipWireRequests.Options(local, next, transport: "TCP"), Ct);
        var received = new List<RawSipResponse>();
        var deadline = DateTime.UtcNow + AnswerTimeout;
        while (!received.Any(r => r.CallId == next) && DateTime.UtcNow < deadline)
        {
            var (chunk, closed) = await TcpReads.ReadUntilClosedAsync(stream, TimeSpan.FromMilliseconds(300));
            received.AddRange(RawSipResponse.ReadAll(chunk));
            Assert.False(closed, "the connection closed although every message on it was framed");
        }

        Assert.Contains(received, r => r.CallId == next && r.Status == 200);
        Assert.DoesNotContain(received, r => r.CallId?.StartsWith("swallowed-", StringComparison.Ordinal) == true);
        // The completed INVITE (with its 9999-octet body) is answered by policy, not as a framing error.
        Assert.Contains(received, r => r.CallId == RawSipResponse.CallIdOf(Encoding.UTF8.GetString(vector)) && r.IsFinal && r.Status != 400);
    }

    [Fact]
    public async Task After_every_vector_on_udp_and_tcp_a_fresh_client_still_gets_200_to_options()
    {
        await using var harness = StartServer();
        var target = Udp(harness);
        using (var probe = SipUdpProbe.AtDefaultSipPort())
        {
            foreach (var (file, _, _, _) in TortureVectors.Manifest())
            {
                await probe.SendAsync(TortureVectors.Read(file), target);
            }
        }

        foreach (var file in new[] { "ncl.dat", "mcl01.dat", "clerr.dat" })
        {
            using var client = await ConnectAsync(harness);
            await client.GetStream().WriteAsync(TortureVectors.Read(file), Ct);
        }

        await AssertServerAnswersOptionsAsync(harness);
        Assert.True(harness.Server.Transports.RejectedCount >= 20, $"only {harness.Server.Transports.RejectedCount} messages were rejected");
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SipServerHarness StartServer() => SipServerHarness.Start(o => o.Domain = Domain);

    private static IPEndPoint Udp(SipServerHarness harness) => new(IPAddress.Loopback, harness.Port);

    private static async Task<TcpClient> ConnectAsync(SipServerHarness harness)
    {
        var client = new TcpClient(AddressFamily.InterNetwork);
        await client.ConnectAsync(Udp(harness), Ct);
        return client;
    }

    private static Task AssertServerAnswersOptionsAsync(SipServerHarness harness) => SipUdpProbe.AssertServerAnswersOptionsAsync(harness.Port);

    private static void AssertAllowListsCoreMethods(RawSipResponse response, string refused)
    {
        var allow = string.Join(",", response.Values("Allow")).Split(',', StringSplitOptions.TrimEntries);
        Assert.Contains("INVITE", allow);
        Assert.Contains("OPTIONS", allow);
        Assert.DoesNotContain(refused, allow);
    }

    private static Expected Answer(string why, int status) => new([status], why, null);

    private static Expected Answer(string why, int[] statuses, Action<RawSipResponse> check) => new(statuses, why, check);

    private static Expected Drop(string why) => new([], why, null);

    private sealed record Expected(int[] Statuses, string Why, Action<RawSipResponse>? Check)
    {
        public bool IsDrop => Statuses.Length == 0;
    }
}
