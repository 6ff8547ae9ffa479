using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Hotline.Telephony.Sip;
using Hotline.Telephony.Sip.Auth;
using Hotline.Telephony.Sip.Transport;

namespace Hotline.Telephony.Tests.Peers;

/// <summary>
/// A SIP server on loopback with the demo extensions, like <see cref="SipServerHarness"/>, whose Error-level log entries are kept:
/// the stack catches faults per message and logs them, so an empty <see cref="Errors"/> means no exception escaped a handler.
/// </summary>
internal sealed class LoggedSipServer : IAsyncDisposable
{
    private readonly ErrorCapturingLoggerFactory _loggers;

    private LoggedSipServer(SipServer server, int port, ErrorCapturingLoggerFactory loggers)
    {
        Server = server;
        Port = port;
        _loggers = loggers;
    }

    public SipServer Server { get; }

    public int Port { get; }

    public IPEndPoint EndPoint => new(IPAddress.Loopback, Port);

    public ConcurrentQueue<string> Errors => _loggers.Errors;

    public static LoggedSipServer Start(Action<SipServerOptions>? configure = null)
    {
        var port = LoopbackPorts.Next();
        var options = new SipServerOptions
        {
            Domain = SipServerHarness.Domain,
            Listen = SipListenAddress.ParseList($"udp:127.0.0.1:{port};tcp:127.0.0.1:{port}"),
        };
        configure?.Invoke(options);
        var credentials = new InMemorySipCredentialStore();
        for (var extension = 8001; extension <= 8010; extension++)
        {
            credentials.SetPassword(extension.ToString(CultureInfo.InvariantCulture), SipServerHarness.Domain, $"demo-{extension}");
        }

        var loggers = new ErrorCapturingLoggerFactory();
        var server = new SipServer(options, credentials, null, loggers);
        server.Start();
        return new LoggedSipServer(server, port, loggers);
    }

    public void AssertNoErrorsLogged() =>
        Assert.True(Errors.IsEmpty, $"{Errors.Count} errors logged, the first: {Errors.FirstOrDefault()}");

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
