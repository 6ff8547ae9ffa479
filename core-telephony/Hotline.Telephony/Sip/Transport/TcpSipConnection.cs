using System.Net;
using System.Net.Sockets;
using Hotline.Telephony.Sip.Parsing;

namespace Hotline.Telephony.Sip.Transport;

/// <summary>One TCP connection: frames the byte stream into messages (RFC 3261 §18.3) and serializes sends.</summary>
internal sealed class TcpSipConnection : IAsyncDisposable
{
    private static readonly byte[] KeepAliveAnswer = "\r\n"u8.ToArray();
    private readonly Socket _socket;
    private readonly SipStreamFramer _framer;
    private readonly TimeSpan _idleTimeout;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _closed = new();
    private int _disposed;

    public TcpSipConnection(long id, Socket socket, SipTransportOptions options)
    {
        Id = id;
        _socket = socket;
        _socket.NoDelay = true;
        _idleTimeout = options.ConnectionIdleTimeout;
        _framer = new SipStreamFramer(new SipFramerOptions
        {
            MaxHeaderBytes = Math.Min(options.MaxMessageSize, SipFramerOptions.Default.MaxHeaderBytes),
            MaxBodyBytes = options.MaxMessageSize,
        });
        Remote = (IPEndPoint)socket.RemoteEndPoint!;
        Local = (IPEndPoint)socket.LocalEndPoint!;
    }

    public long Id { get; }

    public IPEndPoint Remote { get; }

    public IPEndPoint Local { get; }

    /// <summary>Why the connection ended, when the stream could not be framed.</summary>
    public string? CloseReason { get; private set; }

    /// <summary>Reads until the peer closes, the stream cannot be framed, or the connection idles out.</summary>
    public async Task RunAsync(Func<SipParseResult, TcpSipConnection, ValueTask> onMessage)
    {
        var buffer = new byte[8192];
        try
        {
            while (!_closed.IsCancellationRequested)
            {
                int read;
                using (var idle = CancellationTokenSource.CreateLinkedTokenSource(_closed.Token))
                {
                    idle.CancelAfter(_idleTimeout);
                    read = await _socket.ReceiveAsync(buffer, SocketFlags.None, idle.Token);
                }

                if (read == 0)
                {
                    return;
                }

                _framer.Append(buffer.AsSpan(0, read));
                while (true)
                {
                    var frame = _framer.Read();
                    if (frame.Status == SipFrameStatus.NeedMoreData)
                    {
                        break;
                    }

                    if (frame.Status == SipFrameStatus.Error)
                    {
                        // A stream that cannot be framed cannot be resynchronised: the next message would start at a guess.
                        CloseReason = frame.Error;
                        return;
                    }

                    if (frame.Status == SipFrameStatus.KeepAlive)
                    {
                        await SendAsync(KeepAliveAnswer, CancellationToken.None);
                        continue;
                    }

                    await onMessage(frame.Parsed!, this);
                }
            }
        }
        catch (OperationCanceledException)
        {
            CloseReason ??= "idle timeout";
        }
        catch (SocketException ex)
        {
            CloseReason = ex.SocketErrorCode.ToString();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public async ValueTask SendAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            while (!data.IsEmpty)
            {
                var sent = await _socket.SendAsync(data, SocketFlags.None, cancellationToken);
                data = data[sent..];
            }
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            throw new SipTransportException($"tcp connection to {Remote} is closed: {ex.Message}", ex);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Both the connection's own read loop and the layer's shutdown dispose it; only the first does the work.
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _closed.CancelAsync();
        try
        {
            _socket.Shutdown(SocketShutdown.Both);
        }
        catch (SocketException)
        {
        }

        // The token source and send lock are left to the GC: a send racing with the close must not hit a disposed lock.
        _socket.Dispose();
    }
}
