using System.Buffers;
using System.Net;
using System.Net.Sockets;

namespace Hotline.Telephony.Sip.Transport;

/// <summary>One bound UDP socket: receives datagrams, hands complete messages on, and sends.</summary>
internal sealed class UdpSipChannel : IAsyncDisposable
{
    private const int MaxDatagram = 65535;
    private readonly Socket _socket;
    private readonly SipTransportOptions _options;
    private readonly Func<ReadOnlyMemory<byte>, IPEndPoint, ValueTask> _handler;
    private readonly CancellationTokenSource _stop = new();
    private Task? _receiveLoop;

    public UdpSipChannel(SipListenAddress address, SipTransportOptions options, Func<ReadOnlyMemory<byte>, IPEndPoint, ValueTask> handler)
    {
        Address = address;
        _options = options;
        _handler = handler;
        _socket = new Socket(address.EndPoint.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            // Large kernel buffers absorb bursts of retransmissions under load.
            _socket.ReceiveBufferSize = 4 * 1024 * 1024;
            _socket.SendBufferSize = 4 * 1024 * 1024;
            _socket.Bind(address.EndPoint);
        }
        catch (SocketException ex)
        {
            _socket.Dispose();
            throw new SipTransportException(address, BindFailure(ex), ex);
        }

        LocalEndPoint = (IPEndPoint)_socket.LocalEndPoint!;
    }

    public SipListenAddress Address { get; }

    public IPEndPoint LocalEndPoint { get; }

    public void Start() => _receiveLoop = Task.Run(ReceiveLoopAsync);

    public ValueTask<int> SendAsync(ReadOnlyMemory<byte> data, IPEndPoint remote, CancellationToken cancellationToken) =>
        _socket.SendToAsync(data, SocketFlags.None, remote, cancellationToken);

    private async Task ReceiveLoopAsync()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(MaxDatagram);
        var any = new IPEndPoint(LocalEndPoint.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                SocketReceiveFromResult received;
                try
                {
                    received = await _socket.ReceiveFromAsync(buffer, SocketFlags.None, any, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
                catch (SocketException) when (_stop.IsCancellationRequested)
                {
                    break; // stopping: closing the socket aborts the pending receive (OperationAborted), which is no failure
                }
                catch (SocketException ex) when (ex.SocketErrorCode is SocketError.ConnectionReset or SocketError.MessageSize)
                {
                    continue;
                }
                catch (ObjectDisposedException)
                {
                    break;
                }

                // Oversized datagrams are dropped: a 400 would need a parse of data we refuse to hold.
                if (received.ReceivedBytes == 0 || received.ReceivedBytes > _options.MaxMessageSize)
                {
                    continue;
                }

                try
                {
                    await _handler(buffer.AsMemory(0, received.ReceivedBytes), (IPEndPoint)received.RemoteEndPoint);
                }
#pragma warning disable CA1031 // One bad message must never stop the receive loop.
                catch (Exception)
#pragma warning restore CA1031
                {
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    internal static string BindFailure(SocketException ex) => ex.SocketErrorCode switch
    {
        SocketError.AddressAlreadyInUse => "address already in use",
        SocketError.AddressNotAvailable => "address not available on this machine",
        SocketError.AccessDenied => "permission denied",
        _ => ex.Message,
    };

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Dispose();
        if (_receiveLoop is not null)
        {
            await _receiveLoop;
        }

        _stop.Dispose();
    }
}
