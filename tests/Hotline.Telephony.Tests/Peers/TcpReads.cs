using System.Net.Sockets;

namespace Hotline.Telephony.Tests.Peers;

/// <summary>Bounded reads from a TCP stream, telling a server-side close apart from silence.</summary>
internal static class TcpReads
{
    /// <summary>Reads what arrives within <paramref name="window"/>; Closed is true when the server ended (or reset) the connection.</summary>
    public static async Task<(byte[] Received, bool Closed)> ReadUntilClosedAsync(NetworkStream stream, TimeSpan window)
    {
        var ct = TestContext.Current.CancellationToken;
        using var received = new MemoryStream();
        var buffer = new byte[16384];
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(window);
        try
        {
            while (true)
            {
                var read = await stream.ReadAsync(buffer, limit.Token);
                if (read == 0)
                {
                    return (received.ToArray(), true);
                }

                received.Write(buffer, 0, read);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (received.ToArray(), false);
        }
        catch (IOException)
        {
            return (received.ToArray(), true);
        }
    }
}
