using System.Collections.Concurrent;
using Hotline.Telephony.Media.Audio;
using Hotline.Telephony.Media.Rtp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hotline.Telephony.Media.Sessions;

/// <summary>
/// Anchors the audio of every call: hands out RTP endpoints from the port range, runs the shared 20 ms media clock
/// over the calls' sessions and provides prompts, TTS and music on hold.
/// </summary>
public sealed class MediaEngine : IDisposable
{
    private readonly MediaClock _clock;
    private readonly RtpReceivePoller[] _receivers;
    private readonly Lazy<RecordingWriter> _recordingWriter = new(() => new RecordingWriter());
    private int _nextReceiver;
    private readonly ConcurrentDictionary<string, short[]> _prompts = new(StringComparer.Ordinal);
    private readonly Lazy<short[]> _musicOnHold;
    private int _openEndpoints;

    /// <summary>Starts the media clock; nothing is bound until endpoints are opened.</summary>
    public MediaEngine(MediaEngineOptions? options = null, ITtsRenderer? tts = null, ILogger<MediaEngine>? logger = null)
    {
        Options = options ?? new MediaEngineOptions();
        Ports = new RtpPortAllocator(Options.PortMin, Options.PortMax, randomStart: true);
        Tts = tts;
        Logger = (ILogger?)logger ?? NullLogger.Instance;
        _musicOnHold = new Lazy<short[]>(LoadMusicOnHold);
        ArgumentOutOfRangeException.ThrowIfNegative(Options.ReceiveThreads, nameof(options));
        _receivers = [.. Enumerable.Range(0, Options.ReceiveThreads)
            .Select(i => RtpReceivePoller.TryStart($"hotline-rtp-receive-{i}", niceness: Options.MediaThreadNiceness))
            .OfType<RtpReceivePoller>()];
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.ClockThreads, 1, nameof(options));
        _clock = new MediaClock(Logger, Options.ClockThreads, Options.MediaThreadNiceness);
    }

    /// <summary>The engine's settings.</summary>
    public MediaEngineOptions Options { get; }

    /// <summary>The RTP port range in use.</summary>
    public RtpPortAllocator Ports { get; }

    /// <summary>Renders dynamic prompts, or null when text-to-speech is not available.</summary>
    public ITtsRenderer? Tts { get; }

    /// <summary>Endpoints open now (two per bridged call); back to zero when calls end.</summary>
    public int OpenEndpoints => Volatile.Read(ref _openEndpoints);

    /// <summary>Call sessions on the media clock now.</summary>
    public int ActiveSessions => _clock.SessionCount;

    /// <summary>Threads running the 20 ms media clock.</summary>
    public int ClockThreads => _clock.Threads;

    /// <summary>Clock ticks so far and how many of them started more than 5 ms late (summed over the clock threads).</summary>
    public (long Ticks, long Late) ClockHealth => (_clock.Ticks, _clock.LateTicks);

    /// <summary>Shared receive threads in use (none where epoll is unavailable: each endpoint then receives on its own).</summary>
    public int ReceiveThreads => _receivers.Length;

    internal ILogger Logger { get; }

    /// <summary>The thread that writes call recordings, started with the first recording.</summary>
    internal RecordingWriter RecordingWriter => _recordingWriter.Value;

    /// <summary>Opens an RTP endpoint for a call leg; throws <see cref="RtpPortsExhaustedException"/> when the range is full.</summary>
    public MediaEndpoint OpenEndpoint(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var rtp = RtpSession.Open(Ports, new RtpSessionOptions
        {
            LocalAddress = Options.LocalAddress,
            LatchPackets = Options.LatchPackets,
            RtcpInterval = Options.RtcpInterval,
            CanonicalName = name,
            Receiver = _receivers.Length == 0 ? null : _receivers[(int)((uint)Interlocked.Increment(ref _nextReceiver) % (uint)_receivers.Length)],
        });
        Interlocked.Increment(ref _openEndpoints);
        return new MediaEndpoint(this, rtp, name);
    }

    /// <summary>Creates a call's media session and puts it on the media clock.</summary>
    public CallMediaSession CreateSession(string callId)
    {
        ArgumentException.ThrowIfNullOrEmpty(callId);
        var session = new CallMediaSession(this, callId);
        _clock.Add(session);
        return session;
    }

    /// <summary>A fresh music-on-hold source (each held party hears it from the start).</summary>
    public IAudioSource CreateMusicOnHold() => new LoopingAudioSource(_musicOnHold.Value);

    /// <summary>A prompt file from the prompts folder (or an absolute path), decoded to 8 kHz once and cached.</summary>
    public PcmAudioSource LoadPrompt(string file)
    {
        ArgumentException.ThrowIfNullOrEmpty(file);
        var path = Path.IsPathRooted(file) || Options.PromptsFolder is null ? file : Path.Combine(Options.PromptsFolder, file);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"prompt file {file} not found (looked at {Path.GetFullPath(path)})", path);
        }

        return new PcmAudioSource(_prompts.GetOrAdd(Path.GetFullPath(path), WavReader.ReadPrompt));
    }

    internal void OnEndpointClosed() => Interlocked.Decrement(ref _openEndpoints);

    internal void OnSessionClosed(CallMediaSession session) => _clock.Remove(session);

    private short[] LoadMusicOnHold() =>
        Options.MusicOnHoldFile is { } file ? WavReader.ReadPrompt(file) : MusicOnHold.Generate();

    /// <summary>Stops the media clock, the receive threads and the recording writer (after what it was handed is written).</summary>
    public void Dispose()
    {
        _clock.Dispose();
        foreach (var receiver in _receivers)
        {
            receiver.Dispose();
        }

        if (_recordingWriter.IsValueCreated)
        {
            _recordingWriter.Value.Dispose();
        }
    }
}
