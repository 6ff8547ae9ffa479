using System.Diagnostics;
using Hotline.Telephony.Media.Rtp;
using Microsoft.Extensions.Logging;

namespace Hotline.Telephony.Media.Sessions;

/// <summary>
/// The 20 ms heartbeat of all anchored calls: a few threads (one per core by default), each pulling the jitter buffers,
/// mixing and sending for its share of the calls, all on the same 20 ms grid. A thread per share (rather than a timer per
/// call) keeps packet spacing even and the cost per call small; several shares keep a tick short, because every packet
/// sent costs the sending thread the kernel's delivery to the receiver.
/// </summary>
internal sealed class MediaClock : IDisposable
{
    private static readonly long TickStopwatchUnits = Stopwatch.Frequency / 50;

    // Behind by more than this many ticks (a paused process, a debugger), the clock skips ahead instead of bursting.
    private const int MaxCatchUpTicks = 5;

    private readonly Lock _lock = new();
    private readonly ILogger _logger;
    private readonly Shard[] _shards;
    private readonly ManualResetEventSlim _stop = new();
    private readonly int? _niceness;
    private readonly long _start = Stopwatch.GetTimestamp();

    /// <param name="logger">Where a failing call's tick is reported.</param>
    /// <param name="threads">Clock threads; calls are spread over them.</param>
    /// <param name="niceness">A nice value the threads ask for (ignored where not allowed); null keeps the default.</param>
    public MediaClock(ILogger logger, int threads = 1, int? niceness = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        _logger = logger;
        _niceness = niceness;
        _shards = new Shard[threads];
        for (var i = 0; i < threads; i++)
        {
            var shard = new Shard();
            shard.Thread = new Thread(() => Run(shard))
            {
                IsBackground = true,
                Name = threads == 1 ? ThreadName : $"{ThreadName}-{i}",
                Priority = ThreadPriority.AboveNormal,
            };
            _shards[i] = shard;
        }

        foreach (var shard in _shards)
        {
            shard.Thread!.Start();
        }
    }

    /// <summary>The name of the clock threads (with "-N" after it when there are several).</summary>
    public const string ThreadName = "hotline-media-clock";

    /// <summary>Clock threads.</summary>
    public int Threads => _shards.Length;

    /// <summary>Ticks run so far (on the first thread: every thread runs the same grid).</summary>
    public long Ticks => Interlocked.Read(ref _shards[0].Ticks);

    /// <summary>Ticks that started more than 5 ms after their due time (a loaded machine), summed over the threads.</summary>
    public long LateTicks => _shards.Sum(s => Interlocked.Read(ref s.LateTicks));

    public int SessionCount => _shards.Sum(s => Volatile.Read(ref s.Sessions).Length);

    /// <summary>Puts a call on the clock thread with the fewest calls.</summary>
    public void Add(CallMediaSession session)
    {
        lock (_lock)
        {
            var shard = _shards.MinBy(s => s.Sessions.Length)!;
            Volatile.Write(ref shard.Sessions, [.. shard.Sessions, session]);
        }
    }

    public void Remove(CallMediaSession session)
    {
        lock (_lock)
        {
            foreach (var shard in _shards)
            {
                if (Array.IndexOf(shard.Sessions, session) >= 0)
                {
                    Volatile.Write(ref shard.Sessions, Array.FindAll(shard.Sessions, s => !ReferenceEquals(s, session)));
                }
            }
        }
    }

    private void Run(Shard shard)
    {
        if (_niceness is { } niceness)
        {
            NativeMethods.TryRaiseCurrentThread(niceness);
        }

        // Every thread counts from the same start, so all calls' packets leave on one grid.
        var next = _start + TickStopwatchUnits;
        while (!_stop.IsSet)
        {
            var now = Stopwatch.GetTimestamp();
            var wait = next - now;
            if (wait > 0)
            {
                if (NativeMethods.StopwatchIsMonotonicNanoseconds)
                {
                    // Sleeping to the exact due time costs nothing while waiting, where whole-millisecond sleeps need a
                    // spin for the last millisecond (most of an idle clock's CPU).
                    NativeMethods.SleepUntil(next);
                    continue;
                }

                var milliseconds = (int)(wait * 1000 / Stopwatch.Frequency);
                if (milliseconds > 1)
                {
                    _stop.Wait(milliseconds - 1);
                }
                else
                {
                    Thread.Yield();
                }

                continue;
            }

            if (-wait > Stopwatch.Frequency / 200)
            {
                Interlocked.Increment(ref shard.LateTicks);
            }

            if (-wait > TickStopwatchUnits * MaxCatchUpTicks)
            {
                next = now - ((now - _start) % TickStopwatchUnits);
            }

            next += TickStopwatchUnits;
            Interlocked.Increment(ref shard.Ticks);
            foreach (var session in Volatile.Read(ref shard.Sessions))
            {
                try
                {
                    session.Tick();
                }
#pragma warning disable CA1031 // One faulty call must not stop the audio of every other call.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    _logger.LogError(ex, "Media tick failed for call {CallId}; its media stops", session.CallId);
                    Remove(session);
                }
            }
        }
    }

    public void Dispose()
    {
        _stop.Set();
        foreach (var shard in _shards)
        {
            if (Thread.CurrentThread != shard.Thread)
            {
                shard.Thread!.Join();
            }
        }

        _stop.Dispose();
    }

    /// <summary>One clock thread and the calls it ticks.</summary>
    private sealed class Shard
    {
        public CallMediaSession[] Sessions = [];
        public long Ticks;
        public long LateTicks;

        public Thread? Thread { get; set; }
    }
}
