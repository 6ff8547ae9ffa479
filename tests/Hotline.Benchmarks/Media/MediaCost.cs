using System.Diagnostics;
using Hotline.Telephony.Media.Sessions;

namespace Hotline.Benchmarks.Media;

/// <summary>
/// What this process spent from construction to <see cref="Measure"/>, with the phones' own threads taken off so the
/// rest is Hotline's: CPU, allocations and collections, and the media clock thread's CPU and late ticks.
/// </summary>
internal sealed class MediaCost
{
    public const string ClockThreadName = "hotline-media-clock";
    public const string ReceiveThreadName = "hotline-rtp-receive";
    public const string RecordingThreadName = "hotline-recording-writer";

    private readonly PhoneBank _phones;
    private readonly MediaEngine? _engine;
    private readonly int[] _clockThreads;
    private readonly int[] _receiveThreads;
    private readonly int[] _recordingThreads;
    private readonly TimeSpan _receive;
    private readonly TimeSpan _recording;
    private readonly TimeSpan _process;
    private readonly TimeSpan _phoneThreads;
    private readonly TimeSpan _clock;
    private readonly long _allocated;
    private readonly int _gen0 = GC.CollectionCount(0);
    private readonly int _gen1 = GC.CollectionCount(1);
    private readonly int _gen2 = GC.CollectionCount(2);
    private readonly (long Ticks, long Late) _clockHealth;
    private readonly Stopwatch _wall;

    public MediaCost(PhoneBank phones, MediaEngine? engine)
    {
        _phones = phones;
        _engine = engine;
        _clockThreads = engine is null ? [] : ThreadCpu.FindByPrefix(ClockThreadName);
        _receiveThreads = engine is null ? [] : ThreadCpu.FindByPrefix(ReceiveThreadName);
        _recordingThreads = engine is null ? [] : ThreadCpu.FindByPrefix(RecordingThreadName);
        _clockHealth = engine?.ClockHealth ?? default;
        _clock = ThreadCpu.Of(_clockThreads);
        _receive = ThreadCpu.Of(_receiveThreads);
        _recording = ThreadCpu.Of(_recordingThreads);
        _phoneThreads = PhoneThreads();
        _process = Process.GetCurrentProcess().TotalProcessorTime;
        _allocated = GC.GetTotalAllocatedBytes(precise: true);
        _wall = Stopwatch.StartNew();
    }

    /// <param name="calls">Calls up during the window.</param>
    /// <param name="packetsRelayed">Packets Hotline received and sent on during the window (both legs).</param>
    public MediaCostResult Measure(int calls, long packetsRelayed)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - _allocated;
        var process = Process.GetCurrentProcess().TotalProcessorTime - _process;
        var phones = PhoneThreads() - _phoneThreads;
        var clock = ThreadCpu.Of(_clockThreads) - _clock;
        var receive = ThreadCpu.Of(_receiveThreads) - _receive;
        var recording = ThreadCpu.Of(_recordingThreads) - _recording;
        var seconds = Math.Max(_wall.Elapsed.TotalSeconds, 0.001);
        var health = _engine?.ClockHealth ?? default;
        var ticks = health.Ticks - _clockHealth.Ticks;
        var hotline = process - phones;
        return new MediaCostResult(
            Math.Round(seconds, 2),
            Math.Round(hotline.TotalSeconds / seconds, 3),
            Math.Round(hotline.TotalMicroseconds / seconds / Math.Max(1, calls), 1),
            Math.Round(phones.TotalSeconds / seconds, 3),
            Math.Round(clock.TotalSeconds / seconds, 3),
            _clockThreads.Length,
            Math.Round(receive.TotalSeconds / seconds, 3),
            Math.Round(recording.TotalSeconds / seconds, 3),
            ticks > 0 ? Math.Round(clock.TotalMicroseconds / ticks, 1) : 0,
            ticks,
            health.Late - _clockHealth.Late,
            health.Late,
            allocated,
            packetsRelayed > 0 ? Math.Round((double)allocated / packetsRelayed, 2) : 0,
            GC.CollectionCount(0) - _gen0,
            GC.CollectionCount(1) - _gen1,
            GC.CollectionCount(2) - _gen2);
    }

    private TimeSpan PhoneThreads() => ThreadCpu.Of(_phones.SenderThreadId) + ThreadCpu.Of(_phones.ReceiverThreadId);
}
