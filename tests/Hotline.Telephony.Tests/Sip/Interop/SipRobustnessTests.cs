using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Hotline.Telephony.Calls;
using Hotline.Telephony.Sip;
using Hotline.Telephony.Sip.Auth;
using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Parsing;
using Hotline.Telephony.Sip.Registrar;
using Hotline.Telephony.Sip.Transactions;
using Hotline.Telephony.Tests.Peers;

namespace Hotline.Telephony.Tests.Sip.Interop;

/// <summary>
/// Bad input against a running SipServer on loopback: malformed and oversized messages, truncated TCP streams, an INVITE flood
/// nobody answers, REGISTER brute force and methods out of context. While each runs a well-behaved client keeps sending OPTIONS
/// (<see cref="SipOptionsMonitor"/>: at least 95 % answered within 1 s and never 1 s without an answer), afterwards a fresh client
/// still gets 200, state returns to zero, and nothing was logged as an error (the stack logs every fault it catches per message).
/// </summary>
[Trait("Category", "Integration")]
public sealed class SipRobustnessTests
{
    private const string ServiceNumber = "12328";
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan BaselineTimeout = TimeSpan.FromSeconds(12);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Malformed_datagrams_are_answered_400_or_dropped_while_the_server_keeps_serving()
    {
        await using var server = LoggedSipServer.Start(ShortTimers);
        await using var monitor = SipOptionsMonitor.Start(server.Port);
        // Answers to the garbage go to this socket (its random 127/8 address) and are drained, never read.
        using var attacker = SipUdpProbe.AtDefaultSipPort();
        var random = new Random(4475);
        var vectors = TortureVectors.Manifest().Select(row => TortureVectors.Read(row.File)).ToArray();

        const int count = 2000;
        for (var i = 0; i < count; i++)
        {
            await attacker.SendAsync(Malformed(i, random, vectors, attacker.Local), server.EndPoint);
            if (i % 40 == 39)
            {
                attacker.Drain();
                await Task.Delay(20, Ct);
            }
        }

        (await monitor.StopAsync()).AssertHealthy($"{count} malformed datagrams");
        await SipUdpProbe.AssertServerAnswersOptionsAsync(server.Port);
        Assert.True(server.Server.Transports.RejectedCount >= count / 4, $"only {server.Server.Transports.RejectedCount} of {count} datagrams were rejected as unparseable");
        await WaitForBaselineAsync(server);
        server.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Oversized_messages_are_dropped_on_udp_and_close_the_connection_on_tcp()
    {
        const int limit = 8192;
        await using var server = LoggedSipServer.Start(o =>
        {
            ShortTimers(o);
            o.Transport.MaxMessageSize = limit;
        });
        await using var monitor = SipOptionsMonitor.Start(server.Port);
        using var client = SipUdpProbe.OnLoopback();

        // UDP over the limit: dropped (answering would mean parsing what we refuse to hold).
        var sizes = new[] { limit + 1, 20_000, 60_000 };
        for (var i = 0; i < 30; i++)
        {
            await client.SendAsync(Padded(client.Local, $"big-{i}", sizes[i % sizes.Length], "UDP"), server.EndPoint);
        }

        Assert.Null(await client.ReceiveRawResponseAsync(r => r.CallId?.StartsWith("big-", StringComparison.Ordinal) == true, TimeSpan.FromMilliseconds(500)));
        // Just under the limit, from the same source: answered (the source is not punished, only the size).
        await client.SendAsync(Padded(client.Local, "fits", limit - 100, "UDP"), server.EndPoint);
        Assert.Equal(200, (await client.ReceiveRawResponseAsync(r => r.CallId == "fits" && r.IsFinal, AnswerTimeout))?.Status);

        // TCP: a header section that never ends, one that ends too late, and a Content-Length over the limit all close the connection.
        var oversized = new List<Func<IPEndPoint, byte[]>>
        {
            local => Encoding.ASCII.GetBytes(SipWireRequests.Request("OPTIONS", "sip:hotline@127.0.0.1", local, "endless", transport: "TCP")
                .Replace("Content-Length: 0\r\n\r\n", "X-Pad: " + new string('a', 3 * limit), StringComparison.Ordinal)),
            local => Padded(local, "long-head", 3 * limit, "TCP"),
            local => Encoding.ASCII.GetBytes(SipWireRequests.Request("MESSAGE", "sip:8001@hotline.local", local, "big-body", transport: "TCP")
                .Replace("Content-Length: 0", $"Content-Type: text/plain\r\nContent-Length: {10 * limit}", StringComparison.Ordinal)),
        };
        var connections = await Task.WhenAll(Enumerable.Range(0, 12).Select(async i =>
        {
            using var tcp = new TcpClient(AddressFamily.InterNetwork);
            await tcp.ConnectAsync(server.EndPoint, Ct);
            var stream = tcp.GetStream();
            try
            {
                await stream.WriteAsync(oversized[i % oversized.Count]((IPEndPoint)tcp.Client.LocalEndPoint!), Ct);
            }
            catch (IOException)
            {
                // Reset by the server before all of it was written: closed, as it should be.
                return ([], true);
            }

            return await TcpReads.ReadUntilClosedAsync(stream, AnswerTimeout);
        }));

        Assert.All(connections, c => Assert.True(c.Closed, "an oversized message over TCP must close the connection"));
        Assert.All(connections, c => Assert.DoesNotContain(RawSipResponse.ReadAll(c.Received), r => r.Status == 200));
        await WaitUntilAsync(() => server.Server.Transports.ConnectionCount == 0, () => $"{server.Server.Transports.ConnectionCount} connections still open");
        (await monitor.StopAsync()).AssertHealthy("oversized messages");
        await SipUdpProbe.AssertServerAnswersOptionsAsync(server.Port);
        await WaitForBaselineAsync(server);
        server.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Truncated_tcp_streams_are_closed_when_the_peer_goes_or_by_the_idle_timeout()
    {
        await using var server = LoggedSipServer.Start(ShortTimers);
        await using var monitor = SipOptionsMonitor.Start(server.Port);

        async Task<TcpClient> SendHalfAsync(string callId)
        {
            var tcp = new TcpClient(AddressFamily.InterNetwork);
            await tcp.ConnectAsync(server.EndPoint, Ct);
            var local = (IPEndPoint)tcp.Client.LocalEndPoint!;
            var whole = Encoding.ASCII.GetBytes(SipWireRequests.Request("INVITE", $"sip:{ServiceNumber}@127.0.0.1", local, callId,
                transport: "TCP", body: SipWireRequests.AudioOffer(local), extraHeaders: "Content-Type: application/sdp"));
            await tcp.GetStream().WriteAsync(whole.AsMemory(0, whole.Length / 2), Ct);
            return tcp;
        }

        // Half a message, then the client goes away.
        for (var i = 0; i < 20; i++)
        {
            using var gone = await SendHalfAsync($"half-close-{i}");
        }

        // Half a message, then silence: the idle timeout (1 s here) must close it from the server's side.
        var silent = new List<TcpClient>();
        try
        {
            for (var i = 0; i < 20; i++)
            {
                silent.Add(await SendHalfAsync($"half-silent-{i}"));
            }

            var clock = Stopwatch.StartNew();
            var outcomes = await Task.WhenAll(silent.Select(tcp => TcpReads.ReadUntilClosedAsync(tcp.GetStream(), TimeSpan.FromSeconds(5))));
            Assert.All(outcomes, o => Assert.True(o.Closed, "a connection idle in the middle of a message must be closed by the idle timeout"));
            Assert.All(outcomes, o => Assert.Empty(o.Received));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"closing idle connections took {clock.Elapsed}");
        }
        finally
        {
            silent.ForEach(tcp => tcp.Dispose());
        }

        await WaitUntilAsync(() => server.Server.Transports.ConnectionCount == 0, () => $"{server.Server.Transports.ConnectionCount} connections still open");
        Assert.Empty(server.Server.Calls.ActiveCalls);

        // A whole message over a new connection is still served.
        using (var tcp = new TcpClient(AddressFamily.InterNetwork))
        {
            await tcp.ConnectAsync(server.EndPoint, Ct);
            await tcp.GetStream().WriteAsync(SipWireRequests.Options((IPEndPoint)tcp.Client.LocalEndPoint!, "whole", transport: "TCP"), Ct);
            var (received, _) = await TcpReads.ReadUntilClosedAsync(tcp.GetStream(), TimeSpan.FromMilliseconds(500));
            Assert.Contains(RawSipResponse.ReadAll(received), r => r.CallId == "whole" && r.Status == 200);
        }

        (await monitor.StopAsync()).AssertHealthy("truncated TCP streams");
        await SipUdpProbe.AssertServerAnswersOptionsAsync(server.Port);
        await WaitForBaselineAsync(server);
        server.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Flood_of_invites_never_acknowledged_nor_answered_leaves_no_state_behind()
    {
        const int count = 1000;
        await using var server = LoggedSipServer.Start(ShortTimers);
        var calls = server.Server.Calls;
        var decisions = new ConcurrentBag<Task>();
        var incoming = 0;
        var ended = 0;
        calls.CallEvent += e =>
        {
            switch (e)
            {
                case IncomingCall call:
                    // A third rejected, a third left ringing (early dialog), a third left pending; nobody ever answers or cancels.
                    var n = Interlocked.Increment(ref incoming);
                    decisions.Add(Task.Run(async () =>
                    {
                        try
                        {
                            var decision = (n % 3) switch
                            {
                                0 => calls.RejectAsync(call.CallId, 486),
                                1 => calls.RingAsync(call.CallId),
                                _ => Task.CompletedTask,
                            };
                            await decision;
                        }
                        catch (CallControlException)
                        {
                            // The call ended first (the layer's 408): fine.
                        }
                    }, Ct));
                    break;
                case CallEnded:
                    Interlocked.Increment(ref ended);
                    break;
            }
        };
        await using var monitor = SipOptionsMonitor.Start(server.Port);
        using var caller = SipUdpProbe.OnLoopback();
        var finals = new ConcurrentDictionary<string, int>();
        using var stopReading = new CancellationTokenSource();
        var reader = Task.Run(async () =>
        {
            while (!stopReading.IsCancellationRequested)
            {
                if (await caller.ReceiveRawResponseAsync(r => r.IsFinal, TimeSpan.FromMilliseconds(100)) is { CallId: { } id } final)
                {
                    finals.TryAdd(id, final.Status);
                }
            }
        }, Ct);

        var peakTransactions = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var text = SipWireRequests.Request("INVITE", $"sip:{ServiceNumber}@127.0.0.1", caller.Local, $"flood-{i}",
                body: SipWireRequests.AudioOffer(caller.Local), extraHeaders: "Content-Type: application/sdp");
            await caller.SendAsync(SipWireRequests.Bytes(text), server.EndPoint);
            if (i % 50 == 49)
            {
                peakTransactions = Math.Max(peakTransactions, server.Server.TransactionCount);
                await Task.Delay(50, Ct);
            }
        }

        var sendTime = clock.Elapsed;
        // Every INVITE gets a final answer without any ACK from us: 486 from the application, or 408 once the layer gives up (2 s here).
        await WaitUntilAsync(() => finals.Count == count, () => $"{finals.Count} of {count} INVITEs have a final answer", TimeSpan.FromSeconds(10));
        (await monitor.StopAsync()).AssertHealthy($"a flood of {count} INVITEs sent in {sendTime.TotalSeconds:0.0} s");
        await stopReading.CancelAsync();
        await reader;
        await Task.WhenAll(decisions);

        Assert.Equal(count, incoming);
        Assert.All(finals.Values, status => Assert.Contains(status, new[] { 486, 408 }));
        Assert.Equal(count / 3, finals.Values.Count(s => s == 486));
        await SipUdpProbe.AssertServerAnswersOptionsAsync(server.Port);
        await WaitForBaselineAsync(server);
        Assert.Equal(count, ended);
        Assert.True(peakTransactions <= count + 100, $"{peakTransactions} transactions at the peak");
        server.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Register_brute_force_is_locked_out_per_source_port_and_user_while_others_still_register()
    {
        // AuthFailureRateLimiterOptions.MaxFailures: the fifth wrong password locks the (address:port, user) key.
        const int maxFailures = 5;
        const int attempts = 30;
        await using var server = LoggedSipServer.Start(ShortTimers);
        await using var monitor = SipOptionsMonitor.Start(server.Port);
        using var attacker = SipUdpProbe.OnLoopback();

        var statuses = new List<int>();
        uint cseq = 0;
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            var answer = await RegisterAsync(attacker, server.EndPoint, "brute-force", ++cseq, $"wrong-{attempt}");
            cseq++;
            statuses.Add(answer.StatusCode);
            if (answer.StatusCode == 403)
            {
                Assert.NotNull(answer.Headers.GetFirst("Retry-After"));
            }
        }

        Assert.Equal(Enumerable.Repeat(401, maxFailures).Concat(Enumerable.Repeat(403, attempts - maxFailures)), statuses);
        // While locked, the key learns nothing, not even that a password is right.
        Assert.Equal(403, (await RegisterAsync(attacker, server.EndPoint, "brute-force", ++cseq, "demo-8001")).StatusCode);
        Assert.Empty(server.Server.Location.Snapshot());

        // The phone of 8001 on another port of the same address is not locked out by the attack.
        using var phone = SipUdpProbe.OnLoopback();
        Assert.Equal(200, (await RegisterAsync(phone, server.EndPoint, "phone", 1, "demo-8001")).StatusCode);
        var binding = Assert.Single(server.Server.Location.Lookup(new AddressOfRecord("8001", SipServerHarness.Domain)));
        Assert.Equal($"sip:8001@127.0.0.1:{phone.Local.Port.ToString(CultureInfo.InvariantCulture)}", binding.Contact.ToString());

        // Memory stays bounded: one tracked key for the whole attack, none for the phone that succeeded.
        Assert.Equal(1, server.Server.AuthFailures.Count);
        (await monitor.StopAsync()).AssertHealthy($"{attempts} wrong passwords");
        await SipUdpProbe.AssertServerAnswersOptionsAsync(server.Port);
        await WaitForBaselineAsync(server);
        server.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Methods_out_of_context_get_501_405_with_allow_or_481()
    {
        await using var server = LoggedSipServer.Start(ShortTimers);
        await using var monitor = SipOptionsMonitor.Start(server.Port);
        using var client = SipUdpProbe.OnLoopback();
        var target = "sip:8001@hotline.local";

        async Task<RawSipResponse> SendAsync(string method, string? toTag = null, params string[] extra)
        {
            var callId = $"{method}-{Guid.NewGuid():N}";
            await client.SendAsync(SipWireRequests.Bytes(SipWireRequests.Request(method, target, client.Local, callId, toTag: toTag, extraHeaders: extra)), server.EndPoint);
            var answer = await client.ReceiveRawResponseAsync(r => r.IsFinal && r.CallId == callId, AnswerTimeout);
            Assert.True(answer is not null, $"{method} got no final answer");
            return answer;
        }

        // Unknown: 501 (RFC 3261 §8.2.1).
        Assert.Equal(501, (await SendAsync("FROBNICATE")).Status);

        // Known to SIP but not allowed by Hotline outside a dialog: 405 with the Allow list (§8.2.1), which omits them.
        foreach (var (method, extra) in new[] { ("MESSAGE", "Content-Type: text/plain"), ("SUBSCRIBE", "Event: presence"), ("PUBLISH", "Event: presence") })
        {
            var answer = await SendAsync(method, null, extra);
            Assert.Equal(405, answer.Status);
            var allow = string.Join(",", answer.Values("Allow")).Split(',', StringSplitOptions.TrimEntries);
            Assert.Contains("INVITE", allow);
            Assert.Contains("OPTIONS", allow);
            Assert.Contains("BYE", allow);
            Assert.DoesNotContain(method, allow);
        }

        // Methods that only exist inside a dialog: 481, with or without a To tag (no such dialog here).
        foreach (var method in new[] { "BYE", "INFO", "UPDATE", "REFER", "NOTIFY", "PRACK" })
        {
            Assert.Equal(481, (await SendAsync(method)).Status);
            Assert.Equal(481, (await SendAsync(method, "no-such-dialog")).Status);
        }

        // A CANCEL that matches no INVITE: 481 (§9.2).
        Assert.Equal(481, (await SendAsync("CANCEL")).Status);

        (await monitor.StopAsync()).AssertHealthy("methods out of context");
        await WaitForBaselineAsync(server);
        server.AssertNoErrorsLogged();
    }

    /// <summary>Short timers so leftovers leave within the test: Timer H/J = 64·T1 = 3.2 s, unanswered INVITEs 408 after 2 s, idle TCP after 1 s.</summary>
    private static void ShortTimers(SipServerOptions options)
    {
        options.Transactions = new SipTransactionOptions
        {
            T1 = TimeSpan.FromMilliseconds(50),
            T2 = TimeSpan.FromMilliseconds(400),
            T4 = TimeSpan.FromMilliseconds(500),
            ServerInviteTimeout = TimeSpan.FromSeconds(2),
            ServerNonInviteTimeout = TimeSpan.FromSeconds(2),
        };
        options.Transport.ConnectionIdleTimeout = TimeSpan.FromSeconds(1);
    }

    /// <summary>Transactions, dialogs and calls all back to zero (every test starts from a fresh server).</summary>
    private static Task WaitForBaselineAsync(LoggedSipServer server) =>
        WaitUntilAsync(
            () => server.Server.TransactionCount == 0 && server.Server.B2bua.DialogCount == 0 && server.Server.Calls.ActiveCalls.Count == 0,
            () => $"not back to baseline: {server.Server.TransactionCount} transactions, {server.Server.B2bua.DialogCount} dialogs, {server.Server.Calls.ActiveCalls.Count} calls",
            BaselineTimeout);

    private static async Task WaitUntilAsync(Func<bool> condition, Func<string> describe, TimeSpan? timeout = null)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(deadline.Elapsed < (timeout ?? AnswerTimeout), $"after {deadline.Elapsed.TotalSeconds:0.0} s: {describe()}");
            await Task.Delay(50, Ct);
        }
    }

    /// <summary>REGISTER for 8001 from <paramref name="from"/>: unauthenticated first (401 expected), then answered with <paramref name="password"/>.</summary>
    private static async Task<SipResponse> RegisterAsync(SipUdpProbe from, IPEndPoint server, string callId, uint cseq, string password)
    {
        var aor = $"sip:8001@{SipServerHarness.Domain}";
        var contact = $"Contact: <sip:8001@127.0.0.1:{from.Local.Port.ToString(CultureInfo.InvariantCulture)}>";
        var text = SipWireRequests.Request("REGISTER", $"sip:{SipServerHarness.Domain}", from.Local, callId, cseq, aor: aor, extraHeaders: "Expires: 60")
            .Replace($"Contact: <sip:probe@127.0.0.1:{from.Local.Port.ToString(CultureInfo.InvariantCulture)}>", contact, StringComparison.Ordinal);
        await from.SendAsync(SipWireRequests.Bytes(text), server);
        var challenge = await from.ReceiveFinalAsync(callId, AnswerTimeout, cseq);
        Assert.True(challenge is { StatusCode: 401 }, $"REGISTER without credentials: {challenge?.StartLine ?? "no answer"}");

        var request = SipMessageParser.Parse(SipWireRequests.Bytes(text)).Request!;
        Assert.True(new DigestClient("8001", password).TryAuthorize(request, challenge!));
        request.Headers.Set(SipHeaderNames.CSeq, $"{(cseq + 1).ToString(CultureInfo.InvariantCulture)} REGISTER");
        request.Headers.Set(SipHeaderNames.Via, $"SIP/2.0/UDP 127.0.0.1:{from.Local.Port.ToString(CultureInfo.InvariantCulture)};branch=z9hG4bK-{Guid.NewGuid():N};rport");
        await from.SendAsync(SipMessageSerializer.Serialize(request), server);
        var answer = await from.ReceiveFinalAsync(callId, AnswerTimeout, cseq + 1);
        Assert.True(answer is not null, $"no answer to the authenticated REGISTER {callId}/{cseq + 1}");
        return answer;
    }

    /// <summary>An OPTIONS padded with a header to exactly <paramref name="size"/> octets.</summary>
    private static byte[] Padded(IPEndPoint from, string callId, int size, string transport)
    {
        var bare = SipWireRequests.Request("OPTIONS", "sip:hotline@127.0.0.1", from, callId, transport: transport, extraHeaders: "X-Pad: ");
        var text = bare.Replace("X-Pad: \r\n", "X-Pad: " + new string('p', size - bare.Length) + "\r\n", StringComparison.Ordinal);
        Assert.Equal(size, text.Length);
        return Encoding.ASCII.GetBytes(text);
    }

    /// <summary>One of four kinds of bad datagram, chosen by <paramref name="index"/>, shaped by the seeded <paramref name="random"/>.</summary>
    private static byte[] Malformed(int index, Random random, byte[][] vectors, IPEndPoint from)
    {
        switch (index % 4)
        {
            case 0:
            {
                // Random bytes.
                var bytes = new byte[random.Next(1, 1400)];
                random.NextBytes(bytes);
                return bytes;
            }

            case 1:
            {
                // A torture vector cut short anywhere.
                var vector = vectors[random.Next(vectors.Length)];
                return vector[..random.Next(1, vector.Length)];
            }

            case 2:
            {
                // A good OPTIONS with one header line replaced by garbage.
                var lines = SipWireRequests.Request("OPTIONS", "sip:hotline@127.0.0.1", from, $"garbage-{index}").Split("\r\n").ToList();
                var garbage = HeaderGarbage[random.Next(HeaderGarbage.Length)];
                if (garbage.Length == 0)
                {
                    var bytes = new byte[random.Next(1, 200)];
                    random.NextBytes(bytes);
                    garbage = Encoding.Latin1.GetString(bytes);
                }

                lines[random.Next(1, lines.Count - 3)] = garbage;
                return Encoding.Latin1.GetBytes(string.Join("\r\n", lines));
            }

            default:
            {
                // A torture vector with a few octets overwritten.
                var vector = (byte[])vectors[random.Next(vectors.Length)].Clone();
                for (var flips = random.Next(1, 9); flips > 0; flips--)
                {
                    vector[random.Next(vector.Length)] = (byte)random.Next(256);
                }

                return vector;
            }
        }
    }

    // An empty entry means random bytes.
    private static readonly string[] HeaderGarbage =
    [
        "",
        "no colon at all",
        ": value without a name",
        "Via:",
        "Via: SIP/2.0/UDP",
        "Via: SIP/2.0/UDP 127.0.0.1:99999999999999999999;branch=z9hG4bK",
        "CSeq: 99999999999999999999999 OPTIONS",
        "CSeq: -1 OPTIONS",
        "CSeq: 1 INVITE",
        "Content-Length: -5",
        "Content-Length: 99999999999999999999",
        "Content-Length: 12",
        "Max-Forwards: 256",
        "From: \"unterminated <sip:a@b>;tag=1",
        "To: <sip:a@b",
        "To: sip:a@b;tag=1, sip:c@d;tag=2",
        "Call-ID: ",
        "Contact: <sip:a@b?Route=%3Csip:x%3E",
        "Require: " + string.Join(",", Enumerable.Repeat("x", 500)),
        "Via: SIP/2.0/UDP h;" + string.Join(";", Enumerable.Repeat("p", 2000)),
        "X-Null: \0\0\0",
        " folded continuation with no header before it",
        "\t",
        "Authorization: Digest " + new string(',', 1000),
        "WWW-Authenticate: Digest realm=\"",
    ];
}
