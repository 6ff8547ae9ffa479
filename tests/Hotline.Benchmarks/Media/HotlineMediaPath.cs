using System.Globalization;
using Hotline.Telephony.Media.Sessions;
using Hotline.Telephony.Sip;
using Hotline.Telephony.Sip.Auth;
using Hotline.Telephony.Sip.Routing;
using Hotline.Telephony.Sip.Transport;

namespace Hotline.Benchmarks.Media;

/// <summary>
/// Hotline in this process with a media engine: the calling sipp is an inbound trunk, a static route bridges every call
/// to <see cref="RouteNumber"/> out through a trunk to the echoing sipp, and each call's media is anchored (an RTP endpoint
/// per leg, jitter buffers, the mixer) and recorded as a stereo WAV under a temporary folder.
/// </summary>
internal sealed class HotlineMediaPath : IMediaPath
{
    public const string RouteNumber = "7000";
    private readonly SipServer _server;
    private readonly MediaEngine _engine;
    private readonly string _folder;
    private readonly int _sipPort = LoopbackPorts.Next();

    public HotlineMediaPath()
    {
        _folder = Directory.CreateTempSubdirectory("hotline-bench-media-").FullName;
        var media = new MediaEngineOptions { RecordingsRoot = Path.Combine(_folder, "recordings") };

        // HOTLINE_BENCH_MEDIA_CLOCK_THREADS, _RECEIVE_THREADS and _NICE (a number, or "off") override the engine's defaults, for profiling.
        media = media with
        {
            ClockThreads = Setting("CLOCK_THREADS") ?? media.ClockThreads,
            ReceiveThreads = Setting("RECEIVE_THREADS") ?? media.ReceiveThreads,
            MediaThreadNiceness = Environment.GetEnvironmentVariable("HOTLINE_BENCH_MEDIA_NICE") == "off" ? null : Setting("NICE") ?? media.MediaThreadNiceness,
        };
        _engine = new MediaEngine(media);
        var options = new SipServerOptions
        {
            Domain = "hotline.local",
            Listen = SipListenAddress.ParseList($"udp:127.0.0.1:{Text(_sipPort)}"),
        };
        var inbound = new SipTrunkOptions { Name = "bench-in" };
        inbound.Addresses.Add($"127.0.0.1:{Text(UacPort)}");
        options.Trunks.Add(inbound);
        options.Trunks.Add(new SipTrunkOptions { Name = "bench-out", Target = $"udp:127.0.0.1:{Text(UasPort)}" });
        options.StaticRoutes.Add(new SipStaticRoute { Number = RouteNumber, Trunk = "bench-out" });
        _server = new SipServer(options, new InMemorySipCredentialStore(), media: _engine);
        _server.Start();
    }

    public string Name => "hotline";

    public bool ReclocksMedia => true;

    public int UacPort { get; } = LoopbackPorts.Next();

    public int UasPort { get; } = LoopbackPorts.Next();

    public string Target => "127.0.0.1:" + Text(_sipPort);

    public MediaEngine Engine => _engine;

    MediaEngine? IMediaPath.Engine => _engine;

    /// <summary>Recordings written so far (one stereo WAV per answered call).</summary>
    public int Recordings => Directory.Exists(Path.Combine(_folder, "recordings"))
        ? Directory.EnumerateFiles(Path.Combine(_folder, "recordings"), "*.wav", SearchOption.AllDirectories).Count()
        : 0;

    public bool OwnsRtpPort(int port) => port >= _engine.Options.PortMin && port <= _engine.Options.PortMax;

    public async Task SettleAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while ((_server.B2bua.DialogCount > 0 || _engine.OpenEndpoints > 0 || _engine.ActiveSessions > 0) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _engine.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static int? Setting(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable("HOTLINE_BENCH_MEDIA_" + name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
