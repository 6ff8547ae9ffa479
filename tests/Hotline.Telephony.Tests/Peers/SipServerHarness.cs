using System.Collections.Concurrent;
using System.Globalization;
using Hotline.Telephony.Calls;
using Hotline.Telephony.Media.Audio;
using Hotline.Telephony.Media.Sessions;
using Hotline.Telephony.Sip;
using Hotline.Telephony.Sip.Auth;
using Hotline.Telephony.Sip.Routing;
using Hotline.Telephony.Sip.Transport;

namespace Hotline.Telephony.Tests.Peers;

/// <summary>A SIP server on loopback with the demo extensions and a trunk layout chosen by the test.</summary>
internal sealed class SipServerHarness : IAsyncDisposable
{
    public const string Domain = "hotline.local";

    private SipServerHarness(SipServer server, int port, MediaEngine? media, string? dataFolder)
    {
        Server = server;
        Port = port;
        Media = media;
        DataFolder = dataFolder;
        server.Calls.CallEvent += e => Events.Enqueue(e);
    }

    /// <summary>The media engine when the harness anchors media (<see cref="StartAnchored"/>), else null.</summary>
    public MediaEngine? Media { get; }

    /// <summary>A temporary folder holding recordings, voicemail and the TTS cache of an anchored harness (deleted on dispose).</summary>
    public string? DataFolder { get; }

    public SipServer Server { get; }

    public int Port { get; }

    public string Target => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    public ConcurrentQueue<CallEvent> Events { get; } = new();

    /// <summary>
    /// A harness whose B2BUA anchors media: RTP on loopback, recordings under <see cref="DataFolder"/>/recordings,
    /// espeak-ng TTS cached under <see cref="DataFolder"/>/tts.
    /// </summary>
    public static SipServerHarness StartAnchored(Action<SipServerOptions>? configure = null, Func<MediaEngineOptions, MediaEngineOptions>? media = null)
    {
        var folder = Directory.CreateTempSubdirectory("hotline-media-").FullName;
        var options = new MediaEngineOptions
        {
            RecordingsRoot = Path.Combine(folder, "recordings"),
            VoicemailRoot = Path.Combine(folder, "voicemail"),
        };
        options = media?.Invoke(options) ?? options;
        var tts = new EspeakTtsRenderer(new EspeakTtsOptions { CacheDirectory = Path.Combine(folder, "tts") });
        return Start(configure, new MediaEngine(options, tts), folder);
    }

    public static SipServerHarness Start(Action<SipServerOptions>? configure = null) => Start(configure, null, null);

    /// <summary>A harness whose service numbers are whatever <paramref name="serviceNumbers"/> answers at each INVITE.</summary>
    public static SipServerHarness Start(IServiceNumberResolver serviceNumbers) => Start(null, null, null, serviceNumbers);

    private static SipServerHarness Start(
        Action<SipServerOptions>? configure, MediaEngine? media, string? dataFolder, IServiceNumberResolver? serviceNumbers = null)
    {
        var port = LoopbackPorts.Next();
        var options = new SipServerOptions
        {
            Domain = Domain,
            Listen = SipListenAddress.ParseList($"udp:127.0.0.1:{port};tcp:127.0.0.1:{port}"),
        };
        // sipp 3.6.1 answers only the first challenge and only knows MD5 (SHA-256 is tested with the project's own client).
        options.DigestAlgorithms.Clear();
        options.DigestAlgorithms.Add(DigestAlgorithm.Md5);
        options.DigestAlgorithms.Add(DigestAlgorithm.Sha256);
        configure?.Invoke(options);
        var credentials = new InMemorySipCredentialStore();
        for (var extension = 8001; extension <= 8010; extension++)
        {
            credentials.SetPassword(extension.ToString(CultureInfo.InvariantCulture), Domain, $"demo-{extension}");
        }

        var server = new SipServer(options, credentials, media: media, serviceNumbers: serviceNumbers);
        server.Start();
        return new SipServerHarness(server, port, media, dataFolder);
    }

    /// <summary>Adds a trunk whose INVITEs come from 127.0.0.1:<paramref name="sourcePort"/> and/or go to <paramref name="targetPort"/>.</summary>
    public static void AddTrunk(SipServerOptions options, string name, int? sourcePort, int? targetPort)
    {
        var trunk = new SipTrunkOptions { Name = name, Target = targetPort is { } t ? $"udp:127.0.0.1:{t}" : null };
        if (sourcePort is { } s)
        {
            trunk.Addresses.Add($"127.0.0.1:{s}");
        }

        options.Trunks.Add(trunk);
    }

    /// <summary>Waits until the condition holds, failing with the description after the timeout.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string description, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting until {description}");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Media?.Dispose();
        if (DataFolder is not null && Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }
}
