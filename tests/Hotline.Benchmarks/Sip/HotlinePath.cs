using System.Globalization;
using Hotline.Telephony.Sip;
using Hotline.Telephony.Sip.Routing;

namespace Hotline.Benchmarks.Sip;

/// <summary>
/// The benchmark path through Hotline: the sipp UAC is an inbound trunk (allow-listed by IP:port), and a static route
/// makes the server bridge every call to <see cref="RouteNumber"/> out through a second trunk whose target is the sipp UAS.
/// SDP is relayed (signalling only): no media is anchored.
/// </summary>
internal sealed class HotlinePath : ICallPath
{
    public const string RouteNumber = "7000";
    private readonly SipServer _server;
    private readonly int _port;
    private readonly ProcessCost _cost = new();

    public HotlinePath()
    {
        var uac = LoopbackPorts.Next();
        var uas = LoopbackPorts.Next();
        (_server, _port) = HotlineServer.Start(options =>
        {
            var inbound = new SipTrunkOptions { Name = "bench-in" };
            inbound.Addresses.Add($"127.0.0.1:{uac.ToString(CultureInfo.InvariantCulture)}");
            options.Trunks.Add(inbound);
            options.Trunks.Add(new SipTrunkOptions { Name = "bench-out", Target = $"udp:127.0.0.1:{uas.ToString(CultureInfo.InvariantCulture)}" });
            options.StaticRoutes.Add(new SipStaticRoute { Number = RouteNumber, Trunk = "bench-out" });
        });
        UacPort = uac;
        UasPort = uas;
    }

    public int UacPort { get; }

    public int UasPort { get; }

    public string Target => "127.0.0.1:" + _port.ToString(CultureInfo.InvariantCulture);

    public async Task SettleAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (_server.B2bua.DialogCount > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
    }

    public PathCost? Cost(long calls) => _cost.Measure(calls);

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
