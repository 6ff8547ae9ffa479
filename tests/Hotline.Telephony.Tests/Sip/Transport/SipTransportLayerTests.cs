using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;
using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Parsing;
using Hotline.Telephony.Sip.Transport;

namespace Hotline.Telephony.Tests.Sip.Transport;

/// <summary>The transports on real loopback sockets: parsing, stateless 400s, received/rport, TCP framing and limits.</summary>
[Trait("Category", "Integration")]
public sealed class SipTransportLayerTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly Channel<SipInboundMessage> _received = Channel.CreateUnbounded<SipInboundMessage>();
    private SipTransportLayer _layer = null!;
    private IPEndPoint _udp = null!;
    private IPEndPoint _tcp = null!;

    public ValueTask InitializeAsync()
    {
        _layer = new SipTransportLayer(
            SipListenAddress.ParseList("udp:127.0.0.1:0;tcp:127.0.0.1:0"),
            new SipTransportOptions { MaxMessageSize = 8 * 1024, MaxConnectionsPerAddress = 3 });
        _layer.OnMessage(message => _received.Writer.WriteAsync(message));
        _layer.Start();
        _udp = _layer.LocalAddresses.Single(a => a.Transport == SipTransportKind.Udp).EndPoint;
        _tcp = _layer.LocalAddresses.Single(a => a.Transport == SipTransportKind.Tcp).EndPoint;
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _layer.DisposeAsync();

    private static string Options(string branch, string sentBy = "127.0.0.1:5999", string rport = ";rport") =>
        $"OPTIONS sip:12328@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP {sentBy};branch=z9hG4bK{branch}{rport}\r\n" +
        "Max-Forwards: 70\r\nFrom: <sip:probe@127.0.0.1>;tag=a1\r\nTo: <sip:12328@127.0.0.1>\r\n" +
        $"Call-ID: {branch}@test\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";

    [Fact]
    public async Task Udp_request_is_parsed_and_stamped_with_received_and_rport()
    {
        using var client = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var clientPort = ((IPEndPoint)client.Client.LocalEndPoint!).Port;

        await client.SendAsync(Encoding.ASCII.GetBytes(Options("udp1", sentBy: "192.0.2.1:5060")), _udp, Ct);
        var inbound = await _received.Reader.ReadAsync(Ct).AsTask().WaitAsync(Wait, Ct);

        var request = Assert.IsType<SipRequest>(inbound.Message);
        Assert.Equal("OPTIONS", request.Method);
        Assert.Equal(new SipRemote(SipTransportKind.Udp, new IPEndPoint(IPAddress.Loopback, clientPort)), inbound.Remote);
        Assert.Equal("127.0.0.1", request.TopVia!.Received);
        Assert.Equal(clientPort, request.TopVia.Rport);
    }

    [Fact]
    public async Task Malformed_udp_request_gets_a_stateless_400_and_is_not_delivered()
    {
        using var client = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var bad = Options("bad1").Replace("CSeq: 1 OPTIONS", "CSeq: 1 INVITE", StringComparison.Ordinal);

        await client.SendAsync(Encoding.ASCII.GetBytes(bad), _udp, Ct);
        var answer = await client.ReceiveAsync(Ct).AsTask().WaitAsync(Wait, Ct);

        var response = Assert.IsType<SipResponse>(SipMessageParser.Parse(answer.Buffer).Message);
        Assert.Equal(400, response.StatusCode);
        Assert.Equal("bad1@test", response.CallId);
        Assert.False(_received.Reader.TryRead(out _));
        Assert.Equal(1, _layer.RejectedCount);
    }

    [Fact]
    public async Task Oversized_datagram_is_dropped_and_the_next_one_is_served()
    {
        using var client = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var huge = Options("big").Replace("Content-Length: 0", "X-Padding: " + new string('a', 9000) + "\r\nContent-Length: 0", StringComparison.Ordinal);

        await client.SendAsync(Encoding.ASCII.GetBytes(huge), _udp, Ct);
        await client.SendAsync(Encoding.ASCII.GetBytes(Options("small")), _udp, Ct);
        var inbound = await _received.Reader.ReadAsync(Ct).AsTask().WaitAsync(Wait, Ct);

        Assert.Equal("small@test", inbound.Message.CallId);
    }

    [Fact]
    public async Task Tcp_stream_is_framed_across_partial_and_joined_writes()
    {
        using var client = new TcpClient();
        await client.ConnectAsync(_tcp, Ct);
        var stream = client.GetStream();
        var two = Encoding.ASCII.GetBytes(Options("t1").Replace("UDP", "TCP", StringComparison.Ordinal) + Options("t2").Replace("UDP", "TCP", StringComparison.Ordinal));

        // One byte at a time for the first 100 octets, then the rest (the end of the first message and the whole second) at once.
        for (var i = 0; i < 100; i++)
        {
            await stream.WriteAsync(two.AsMemory(i, 1), Ct);
        }

        await stream.WriteAsync(two.AsMemory(100), Ct);

        var first = await _received.Reader.ReadAsync(Ct).AsTask().WaitAsync(Wait, Ct);
        var second = await _received.Reader.ReadAsync(Ct).AsTask().WaitAsync(Wait, Ct);
        Assert.Equal(["t1@test", "t2@test"], new[] { first.Message.CallId, second.Message.CallId });
        Assert.Equal(SipTransportKind.Tcp, first.Remote.Transport);
        Assert.NotEqual(0, first.Remote.ConnectionId);

        // Answers go back on the same connection.
        await _layer.SendAsync(SipResponse.CreateFor((SipRequest)first.Message, 200, toTag: "x"), first.Remote, Ct);
        var buffer = new byte[4096];
        var read = await stream.ReadAsync(buffer, Ct).AsTask().WaitAsync(Wait, Ct);
        Assert.StartsWith("SIP/2.0 200", Encoding.ASCII.GetString(buffer, 0, read), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tcp_message_without_content_length_closes_the_connection()
    {
        using var client = new TcpClient();
        await client.ConnectAsync(_tcp, Ct);
        var stream = client.GetStream();
        var noLength = Options("ncl").Replace("Content-Length: 0\r\n", "", StringComparison.Ordinal);

        await stream.WriteAsync(Encoding.ASCII.GetBytes(noLength), Ct);
        var buffer = new byte[4096];
        int read;
        do
        {
            read = await stream.ReadAsync(buffer, Ct).AsTask().WaitAsync(Wait, Ct);
        }
        while (read > 0);

        Assert.Equal(0, read);
        await WaitUntilAsync(() => _layer.ConnectionCount == 0);
    }

    [Fact]
    public async Task Connections_beyond_the_per_address_limit_are_refused_while_others_keep_working()
    {
        var clients = new List<TcpClient>();
        try
        {
            for (var i = 0; i < 5; i++)
            {
                var client = new TcpClient();
                await client.ConnectAsync(_tcp, Ct);
                clients.Add(client);
            }

            await WaitUntilAsync(() => _layer.ConnectionCount == 3);
            var kept = clients[0].GetStream();
            await kept.WriteAsync(Encoding.ASCII.GetBytes(Options("kept").Replace("UDP", "TCP", StringComparison.Ordinal)), Ct);
            var inbound = await _received.Reader.ReadAsync(Ct).AsTask().WaitAsync(Wait, Ct);
            Assert.Equal("kept@test", inbound.Message.CallId);
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    [Fact]
    public async Task Sending_over_tcp_to_an_address_without_a_connection_opens_one()
    {
        using var server = new TcpListener(IPAddress.Loopback, 0);
        server.Start();
        var remote = new SipRemote(SipTransportKind.Tcp, (IPEndPoint)server.LocalEndpoint);
        var request = (SipRequest)SipMessageParser.Parse(Encoding.ASCII.GetBytes(Options("out"))).Message!;

        var send = _layer.SendAsync(request, remote, Ct).AsTask();
        using var accepted = await server.AcceptTcpClientAsync(Ct).AsTask().WaitAsync(Wait, Ct);
        await send.WaitAsync(Wait, Ct);
        var buffer = new byte[4096];
        var read = await accepted.GetStream().ReadAsync(buffer, Ct).AsTask().WaitAsync(Wait, Ct);

        Assert.StartsWith("OPTIONS sip:12328@127.0.0.1 SIP/2.0", Encoding.ASCII.GetString(buffer, 0, read), StringComparison.Ordinal);
        Assert.Equal(1, _layer.ConnectionCount);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met in time");
            await Task.Delay(20, Ct);
        }
    }
}
