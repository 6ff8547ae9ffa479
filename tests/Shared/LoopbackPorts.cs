using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Hotline.Testing;

/// <summary>Loopback ports free for both UDP and TCP at the moment of asking (shared by every test project).</summary>
internal static class LoopbackPorts
{
    // The kernel may hand the same ephemeral port out again as soon as it is released, so two calls in a row could
    // give one port twice (seen in CI: a peer's SIP and control sockets collided). A port is handed out once per process.
    private static readonly ConcurrentDictionary<int, byte> HandedOut = new();

    public static int Next()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            using var tcp = new TcpListener(IPAddress.Loopback, 0);
            tcp.Start();
            var port = ((IPEndPoint)tcp.LocalEndpoint).Port;
            // Peers such as baresip also take port + 1 (TLS), so that one must not be handed out either.
            if (HandedOut.ContainsKey(port) || HandedOut.ContainsKey(port - 1) || HandedOut.ContainsKey(port + 1))
            {
                continue;
            }

            try
            {
                using var udp = new UdpClient(new IPEndPoint(IPAddress.Loopback, port));
            }
            catch (SocketException)
            {
                continue;
            }

            if (HandedOut.TryAdd(port, 0))
            {
                return port;
            }
        }

        throw new InvalidOperationException("no free loopback port found after 200 attempts");
    }
}
