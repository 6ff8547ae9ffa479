using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Parsing;

namespace Hotline.Telephony.Sip.Transport;

/// <summary>
/// All the SIP service's sockets (RFC 3261 §18): binds every listen address, parses what arrives, answers
/// unparseable requests statelessly, stamps received/rport on requests, and sends messages over UDP or TCP.
/// </summary>
public sealed class SipTransportLayer : ISipTransport, IAsyncDisposable
{
    private readonly IReadOnlyList<SipListenAddress> _addresses;
    private readonly SipTransportOptions _options;
    private readonly List<UdpSipChannel> _udp = [];
    private readonly List<TcpSipListener> _tcp = [];
    private readonly ConcurrentDictionary<long, TcpSipConnection> _connections = new();
    private readonly ConcurrentDictionary<IPEndPoint, TcpSipConnection> _connectionsByRemote = new();
    private Func<SipInboundMessage, ValueTask> _handler = static _ => ValueTask.CompletedTask;
    private long _nextConnectionId;
    private long _rejected;

    public SipTransportLayer(IReadOnlyList<SipListenAddress> addresses, SipTransportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        _addresses = addresses;
        _options = options ?? new SipTransportOptions();
    }

    /// <summary>True once every listen address is bound.</summary>
    public bool IsListening { get; private set; }

    /// <summary>The bound addresses (with the actual port where port 0 was asked for).</summary>
    public IReadOnlyList<SipListenAddress> LocalAddresses =>
        [.. _udp.Select(c => c.Address with { EndPoint = c.LocalEndPoint }), .. _tcp.Select(l => l.Address with { EndPoint = l.LocalEndPoint })];

    /// <summary>Open TCP connections.</summary>
    public int ConnectionCount => _connections.Count;

    /// <summary>Messages rejected or dropped because they could not be parsed.</summary>
    public long RejectedCount => Interlocked.Read(ref _rejected);

    /// <summary>Sets the code that receives every parsed inbound message; set it before <see cref="Start"/>.</summary>
    public void OnMessage(Func<SipInboundMessage, ValueTask> handler) => _handler = handler ?? throw new ArgumentNullException(nameof(handler));

    /// <summary>Binds every listen address and starts receiving; if one cannot be bound, none stays bound.</summary>
    /// <exception cref="SipTransportException">An address could not be bound; the message names it.</exception>
    public void Start()
    {
        try
        {
            foreach (var address in _addresses)
            {
                if (address.Transport == SipTransportKind.Udp)
                {
                    var channel = default(UdpSipChannel);
                    channel = new UdpSipChannel(address, _options, (data, remote) => OnDatagramAsync(data, remote, channel!.LocalEndPoint));
                    _udp.Add(channel);
                }
                else
                {
                    _tcp.Add(new TcpSipListener(address, AcceptedAsync));
                }
            }
        }
        catch
        {
            DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw;
        }

        _udp.ForEach(c => c.Start());
        _tcp.ForEach(l => l.Start());
        IsListening = true;
    }

    /// <inheritdoc />
    public (string Host, int Port) SentBy(SipTransportKind transport)
    {
        var addresses = LocalAddresses;
        var local = addresses.FirstOrDefault(a => a.Transport == transport) ?? (addresses.Count > 0 ? addresses[0] : null)
            ?? throw new InvalidOperationException("the SIP transports are not started");
        return (local.EndPoint.Address.ToString(), local.EndPoint.Port);
    }

    /// <inheritdoc />
    public async ValueTask SendAsync(SipMessage message, SipRemote remote, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var writer = new ArrayBufferWriter<byte>(1024);
        SipMessageSerializer.Write(message, writer);
        await SendRawAsync(writer.WrittenMemory, remote, cancellationToken);
    }

    /// <summary>Sends bytes as they are (already a serialized message).</summary>
    public async ValueTask SendRawAsync(ReadOnlyMemory<byte> data, SipRemote remote, CancellationToken cancellationToken = default)
    {
        if (remote.Transport == SipTransportKind.Udp)
        {
            var channel = _udp.Find(c => c.LocalEndPoint.AddressFamily == remote.EndPoint.AddressFamily) ?? _udp.FirstOrDefault()
                ?? throw new SipTransportException($"no UDP listen address to send to {remote.EndPoint} from");
            await channel.SendAsync(data, remote.EndPoint, cancellationToken);
            return;
        }

        var connection = await ConnectionForAsync(remote, cancellationToken);
        await connection.SendAsync(data, cancellationToken);
    }

    private async ValueTask<TcpSipConnection> ConnectionForAsync(SipRemote remote, CancellationToken cancellationToken)
    {
        if (remote.ConnectionId != 0 && _connections.TryGetValue(remote.ConnectionId, out var byId))
        {
            return byId;
        }

        if (_connectionsByRemote.TryGetValue(remote.EndPoint, out var byRemote))
        {
            return byRemote;
        }

        // RFC 3261 §18.2.2: when the connection a request came on is gone, open a new one to the same address.
        var socket = new Socket(remote.EndPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(remote.EndPoint, cancellationToken);
        }
        catch (SocketException ex)
        {
            socket.Dispose();
            throw new SipTransportException($"cannot connect to tcp:{remote.EndPoint}: {ex.SocketErrorCode}", ex);
        }

        var connection = Register(socket);
        _ = RunConnectionAsync(connection);
        return connection;
    }

    private ValueTask OnDatagramAsync(ReadOnlyMemory<byte> data, IPEndPoint remote, IPEndPoint local) =>
        DeliverAsync(SipMessageParser.Parse(data.Span, SipParserOptions.Datagram), new SipRemote(SipTransportKind.Udp, remote), local);

    private async ValueTask DeliverAsync(SipParseResult parsed, SipRemote remote, IPEndPoint local)
    {
        if (parsed.IsKeepAlive)
        {
            return;
        }

        if (parsed.Message is not { } message)
        {
            Interlocked.Increment(ref _rejected);
            // RFC 3261 §16.3/§8.2: a malformed request is answered 400 (or 505, 416…) statelessly; a malformed response is dropped.
            if (parsed.Error?.CreateResponse() is { } response)
            {
                await TrySendAsync(response, remote);
            }

            return;
        }

        if (message is SipRequest request)
        {
            StampReceived(request, remote.EndPoint);
        }

        await _handler(new SipInboundMessage(message, remote, local));
    }

    // RFC 3261 §18.2.1 and RFC 3581: record where the request really came from, so responses find their way back through NAT.
    private static void StampReceived(SipRequest request, IPEndPoint source)
    {
        if (request.TopVia is not { } via)
        {
            return;
        }

        var sourceHost = source.Address.ToString();
        var changed = false;
        if (!string.Equals(via.Host.Trim('[', ']'), sourceHost, StringComparison.OrdinalIgnoreCase))
        {
            via.Parameters.Set("received", sourceHost);
            changed = true;
        }

        if (via.HasRport && via.Rport is null)
        {
            via.Parameters.Set("received", sourceHost);
            via.Parameters.Set("rport", source.Port.ToString(CultureInfo.InvariantCulture));
            changed = true;
        }

        if (changed)
        {
            request.ReplaceTopVia(via);
        }
    }

    private async ValueTask TrySendAsync(SipMessage message, SipRemote remote)
    {
        try
        {
            await SendAsync(message, remote);
        }
        catch (SipTransportException)
        {
        }
        catch (SocketException)
        {
        }
    }

    private Task AcceptedAsync(Socket client)
    {
        var remote = (IPEndPoint)client.RemoteEndPoint!;
        var fromSameAddress = _connections.Values.Count(c => c.Remote.Address.Equals(remote.Address));
        if (_connections.Count >= _options.MaxConnections || fromSameAddress >= _options.MaxConnectionsPerAddress)
        {
            client.Dispose();
            return Task.CompletedTask;
        }

        return RunConnectionAsync(Register(client));
    }

    private TcpSipConnection Register(Socket socket)
    {
        var connection = new TcpSipConnection(Interlocked.Increment(ref _nextConnectionId), socket, _options);
        _connections[connection.Id] = connection;
        _connectionsByRemote[connection.Remote] = connection;
        return connection;
    }

    private async Task RunConnectionAsync(TcpSipConnection connection)
    {
        try
        {
            await connection.RunAsync((parsed, c) =>
                DeliverAsync(parsed, new SipRemote(SipTransportKind.Tcp, c.Remote, c.Id), c.Local));
        }
        finally
        {
            _connections.TryRemove(connection.Id, out _);
            _connectionsByRemote.TryRemove(new KeyValuePair<IPEndPoint, TcpSipConnection>(connection.Remote, connection));
            await connection.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        IsListening = false;
        foreach (var channel in _udp)
        {
            await channel.DisposeAsync();
        }

        foreach (var listener in _tcp)
        {
            await listener.DisposeAsync();
        }

        foreach (var connection in _connections.Values)
        {
            await connection.DisposeAsync();
        }

        _udp.Clear();
        _tcp.Clear();
    }
}
