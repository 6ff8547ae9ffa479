using System.Net;
using System.Net.Sockets;

namespace Hotline.Telephony.Sip.Transport;

/// <summary>One bound TCP listener: accepts connections within the configured limits.</summary>
internal sealed class TcpSipListener : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly Func<Socket, Task> _onAccepted;
    private readonly CancellationTokenSource _stop = new();
    private Task? _acceptLoop;

    public TcpSipListener(SipListenAddress address, Func<Socket, Task> onAccepted)
    {
        Address = address;
        _onAccepted = onAccepted;
        _socket = new Socket(address.EndPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            _socket.Bind(address.EndPoint);
            _socket.Listen(512);
        }
        catch (SocketException ex)
        {
            _socket.Dispose();
            throw new SipTransportException(address, UdpSipChannel.BindFailure(ex), ex);
        }

        LocalEndPoint = (IPEndPoint)_socket.LocalEndPoint!;
    }

    public SipListenAddress Address { get; }

    public IPEndPoint LocalEndPoint { get; }

    public void Start() => _acceptLoop = Task.Run(AcceptLoopAsync);

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _socket.AcceptAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            catch (ObjectDisposedException)
            {
                break;
            }
            catch (SocketException)
            {
                continue;
            }

            _ = _onAccepted(client);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Dispose();
        if (_acceptLoop is not null)
        {
            await _acceptLoop;
        }

        _stop.Dispose();
    }
}
