using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Hotline.Telephony.Sip.Transport;

/// <summary>All the SIP service's sockets: binds every listen address, receives messages and sends them.</summary>
public sealed class SipTransportLayer : IAsyncDisposable
{
    private readonly IReadOnlyList<SipListenAddress> _addresses;
    private readonly SipTransportOptions _options;
    private readonly List<UdpSipChannel> _udp = [];
    private readonly List<TcpSipListener> _tcp = [];
    private readonly ConcurrentDictionary<long, Socket> _connections = new();
    private Func<SipInboundPacket, ValueTask> _handler = static _ => ValueTask.CompletedTask;
    private long _nextConnectionId;

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

    /// <summary>Sets the code that receives every inbound message; set it before <see cref="Start"/>.</summary>
    public void OnMessage(Func<SipInboundPacket, ValueTask> handler) => _handler = handler ?? throw new ArgumentNullException(nameof(handler));

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
                    _udp.Add(new UdpSipChannel(address, _options, packet => _handler(packet)));
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

    /// <summary>Sends a datagram from the UDP socket bound to <paramref name="local"/> (or the first one).</summary>
    public ValueTask<int> SendUdpAsync(ReadOnlyMemory<byte> data, IPEndPoint remote, IPEndPoint? local = null, CancellationToken cancellationToken = default)
    {
        var channel = _udp.Find(c => local is null || c.LocalEndPoint.Equals(local)) ?? _udp.FirstOrDefault()
            ?? throw new InvalidOperationException("no UDP listen address is configured");
        return channel.SendAsync(data, remote, cancellationToken);
    }

    private async Task AcceptedAsync(Socket client)
    {
        var remote = (IPEndPoint)client.RemoteEndPoint!;
        var fromSameAddress = _connections.Values.Count(s => s.RemoteEndPoint is IPEndPoint r && r.Address.Equals(remote.Address));
        if (_connections.Count >= _options.MaxConnections || fromSameAddress >= _options.MaxConnectionsPerAddress)
        {
            client.Dispose();
            return;
        }

        var id = Interlocked.Increment(ref _nextConnectionId);
        _connections[id] = client;
        try
        {
            var buffer = new byte[4096];
            while (await client.ReceiveAsync(buffer, SocketFlags.None) > 0)
            {
                // Stream framing arrives with the message parser; until then bytes are read and dropped.
            }
        }
        catch (SocketException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
        finally
        {
            _connections.TryRemove(id, out _);
            client.Dispose();
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
            connection.Dispose();
        }

        _udp.Clear();
        _tcp.Clear();
    }
}
