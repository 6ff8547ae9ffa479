using System.Globalization;
using Hotline.Telephony.Sip;
using Hotline.Telephony.Sip.Auth;
using Hotline.Telephony.Sip.Transport;

namespace Hotline.Benchmarks.Sip;

/// <summary>Hotline's SIP server in this process on a fresh loopback UDP port, with the demo extensions 8001–8010.</summary>
internal static class HotlineServer
{
    public const string Domain = "hotline.local";

    /// <summary>The demo organisation's extensions and passwords (8001 / demo-8001 … 8010 / demo-8010).</summary>
    public static IEnumerable<(string User, string Password)> DemoUsers() =>
        Enumerable.Range(8001, 10).Select(e => (e.ToString(CultureInfo.InvariantCulture), $"demo-{e.ToString(CultureInfo.InvariantCulture)}"));

    public static (SipServer Server, int Port) Start(Action<SipServerOptions>? configure = null)
    {
        var port = LoopbackPorts.Next();
        var options = new SipServerOptions
        {
            Domain = Domain,
            Listen = SipListenAddress.ParseList($"udp:127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}"),
        };
        // Debian's sipp 3.6.1 answers only the first challenge and only knows MD5.
        options.DigestAlgorithms.Clear();
        options.DigestAlgorithms.Add(DigestAlgorithm.Md5);
        options.DigestAlgorithms.Add(DigestAlgorithm.Sha256);
        configure?.Invoke(options);
        var credentials = new InMemorySipCredentialStore();
        foreach (var (user, password) in DemoUsers())
        {
            credentials.SetPassword(user, Domain, password);
        }

        var server = new SipServer(options, credentials);
        server.Start();
        return (server, port);
    }
}
