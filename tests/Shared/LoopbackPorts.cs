using System.Net;
using System.Net.Sockets;

namespace Hotline.Testing;

/// <summary>Loopback ports free for both UDP and TCP at the moment of asking (shared by every test project).</summary>
internal static class LoopbackPorts
{
    public static int Next()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var tcp = new TcpListener(IPAddress.Loopback, 0);
            tcp.Start();
            var port = ((IPEndPoint)tcp.LocalEndpoint).Port;
            try
            {
                using var udp = new UdpClient(new IPEndPoint(IPAddress.Loopback, port));
                return port;
            }
            catch (SocketException)
            {
            }
        }

        throw new InvalidOperationException("no free loopback port found after 50 attempts");
    }
}
