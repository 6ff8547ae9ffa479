namespace Hotline.Telephony.Sip.Transactions;

/// <summary>One restartable RFC 3261 timer of a transaction, on the layer's <see cref="TimeProvider"/>.</summary>
/// <remarks>
/// Start and Stop are called under the transaction's lock. A callback that was already on its way when the timer was
/// stopped or restarted still runs, so the transaction asks <see cref="IsCurrent"/> (under its lock) before acting.
/// </remarks>
internal sealed class SipTransactionTimer
{
    private readonly TimeProvider _time;
    private readonly Action<SipTransactionTimer, long> _fired;
    private ITimer? _timer;
    private long _generation;

    public SipTransactionTimer(string name, TimeProvider time, Action<SipTransactionTimer, long> fired)
    {
        Name = name;
        _time = time;
        _fired = fired;
    }

    /// <summary>The RFC name (A, B, ...), for logs.</summary>
    public string Name { get; }

    /// <summary>The interval of the last start, which retransmission timers double.</summary>
    public TimeSpan Interval { get; private set; }

    public void Start(TimeSpan interval)
    {
        Stop();
        Interval = interval;
        var generation = ++_generation;
        _timer = _time.CreateTimer(static state => ((TimerFiring)state!).Fire(), new TimerFiring(this, generation), interval, Timeout.InfiniteTimeSpan);
    }

    public void Stop()
    {
        _generation++;
        _timer?.Dispose();
        _timer = null;
    }

    public bool IsCurrent(long generation) => generation == _generation;

    private sealed record TimerFiring(SipTransactionTimer Timer, long Generation)
    {
        public void Fire() => Timer._fired(Timer, Generation);
    }
}
