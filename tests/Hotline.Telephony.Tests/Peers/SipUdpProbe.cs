using System.Net;
using System.Net.Sockets;
using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Parsing;

namespace Hotline.Telephony.Tests.Peers;

/// <summary>A raw UDP socket on loopback that sends arbitrary bytes to a SIP server and reads back what it answers, bounded in time.</summary>
internal sealed class SipUdpProbe : IDisposable
{
    private readonly Socket _socket;
    private readonly byte[] _buffer = new byte[65536];

    private SipUdpProbe(Socket socket)
    {
        _socket = socket;
        Local = (IPEndPoint)socket.LocalEndPoint!;
    }

    public IPEndPoint Local { get; }

    /// <summary>A probe on 127.0.0.1 with a free port.</summary>
    public static SipUdpProbe OnLoopback() => Bind(new IPEndPoint(IPAddress.Loopback, 0));

    /// <summary>
    /// A probe on port 5060 of a random address in 127/8 (not 127.0.0.1, where other peers may hold 5060). Responses to requests
    /// whose top Via names no port (or 5060) and has no rport go to the source address and port 5060 (RFC 3261 §18.2.2), so they
    /// arrive here just like responses sent back to the source port.
    /// </summary>
    public static SipUdpProbe AtDefaultSipPort()
    {
        for (var attempt = 0; ; attempt++)
        {
            var address = new IPAddress([127, (byte)Random.Shared.Next(1, 255), (byte)Random.Shared.Next(0, 256), (byte)Random.Shared.Next(2, 255)]);
            try
            {
                return Bind(new IPEndPoint(address, 5060));
            }
            catch (SocketException) when (attempt < 20)
            {
            }
        }
    }

    private static SipUdpProbe Bind(IPEndPoint local)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            socket.Bind(local);
            return new SipUdpProbe(socket);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public async Task SendAsync(ReadOnlyMemory<byte> datagram, IPEndPoint server) =>
        await _socket.SendToAsync(datagram, SocketFlags.None, server, TestContext.Current.CancellationToken);

    /// <summary>The next datagram within <paramref name="timeout"/>, or null.</summary>
    public async Task<byte[]?> ReceiveRawAsync(TimeSpan timeout)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(timeout);
        while (true)
        {
            try
            {
                var received = await _socket.ReceiveFromAsync(_buffer, SocketFlags.None, new IPEndPoint(IPAddress.Any, 0), limit.Token);
                return _buffer.AsSpan(0, received.ReceivedBytes).ToArray();
            }
            catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
            {
                return null;
            }
            catch (SocketException ex) when (ex.SocketErrorCode == SocketError.ConnectionReset)
            {
                // An ICMP error for an earlier send; nothing to read.
            }
        }
    }

    /// <summary>The first response within <paramref name="timeout"/> that <paramref name="match"/> accepts (others are skipped), or null.</summary>
    public async Task<SipResponse?> ReceiveResponseAsync(Func<SipResponse, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || await ReceiveRawAsync(left) is not { } datagram)
            {
                return null;
            }

            if (SipMessageParser.Parse(datagram).Response is { } response && match(response))
            {
                return response;
            }
        }
    }

    /// <summary>The first response read textually within <paramref name="timeout"/> that <paramref name="match"/> accepts, or null.</summary>
    public async Task<RawSipResponse?> ReceiveRawResponseAsync(Func<RawSipResponse, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || await ReceiveRawAsync(left) is not { } datagram)
            {
                return null;
            }

            if (RawSipResponse.TryRead(datagram) is { } response && match(response))
            {
                return response;
            }
        }
    }

    /// <summary>The final response to the request with this Call-ID (and CSeq number, when given), skipping provisionals.</summary>
    public Task<SipResponse?> ReceiveFinalAsync(string callId, TimeSpan timeout, uint? cseq = null) =>
        ReceiveResponseAsync(r => r.IsFinal && r.CallId == callId && (cseq is null || r.CSeq?.Number == cseq), timeout);

    /// <summary>Reads and discards whatever is queued now.</summary>
    public void Drain()
    {
        while (_socket.Available > 0)
        {
            _socket.Receive(_buffer);
        }
    }

    /// <summary>Asserts that the server on <paramref name="port"/> answers an OPTIONS from a fresh socket with 200.</summary>
    public static async Task AssertServerAnswersOptionsAsync(int port)
    {
        using var probe = OnLoopback();
        var callId = "alive-" + Guid.NewGuid().ToString("N");
        await probe.SendAsync(SipWireRequests.Options(probe.Local, callId), new IPEndPoint(IPAddress.Loopback, port));
        var answer = await probe.ReceiveRawResponseAsync(r => r.IsFinal && r.CallId == callId, TimeSpan.FromSeconds(10));
        Assert.True(answer is { Status: 200 }, $"the server no longer answers OPTIONS: {answer?.ToString() ?? "no answer within 3 s"}");
    }

    public void Dispose() => _socket.Dispose();
}
