using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Hotline.Telephony.Media.Sessions;

/// <summary>
/// The 20 ms heartbeat of all anchored calls: one thread pulls every session's jitter buffers, mixes and sends.
/// One thread for all calls (rather than a timer per call) keeps packet spacing even and the cost per call small.
/// </summary>
internal sealed class MediaClock : IDisposable
{
    private static readonly long TickStopwatchUnits = Stopwatch.Frequency / 50;

    // Behind by more than this many ticks (a paused process, a debugger), the clock skips ahead instead of bursting.
    private const int MaxCatchUpTicks = 5;

    private readonly Lock _lock = new();
    private readonly ILogger _logger;
    private readonly Thread _thread;
    private readonly ManualResetEventSlim _stop = new();
    private CallMediaSession[] _sessions = [];
    private long _lateTicks;
    private long _ticks;

    public MediaClock(ILogger logger)
    {
        _logger = logger;
        _thread = new Thread(Run) { IsBackground = true, Name = "hotline-media-clock", Priority = ThreadPriority.AboveNormal };
        _thread.Start();
    }

    /// <summary>Ticks run so far.</summary>
    public long Ticks => Interlocked.Read(ref _ticks);

    /// <summary>Ticks that started more than 5 ms after their due time (a loaded machine).</summary>
    public long LateTicks => Interlocked.Read(ref _lateTicks);

    public int SessionCount => Volatile.Read(ref _sessions).Length;

    public void Add(CallMediaSession session)
    {
        lock (_lock)
        {
            _sessions = [.. _sessions, session];
        }
    }

    public void Remove(CallMediaSession session)
    {
        lock (_lock)
        {
            _sessions = Array.FindAll(_sessions, s => !ReferenceEquals(s, session));
        }
    }

    private void Run()
    {
        var next = Stopwatch.GetTimestamp() + TickStopwatchUnits;
        while (!_stop.IsSet)
        {
            var now = Stopwatch.GetTimestamp();
            var wait = next - now;
            if (wait > 0)
            {
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
                Interlocked.Increment(ref _lateTicks);
            }

            if (-wait > TickStopwatchUnits * MaxCatchUpTicks)
            {
                next = now;
            }

            next += TickStopwatchUnits;
            Interlocked.Increment(ref _ticks);
            foreach (var session in Volatile.Read(ref _sessions))
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
        if (Thread.CurrentThread != _thread)
        {
            _thread.Join();
        }

        _stop.Dispose();
    }
}
