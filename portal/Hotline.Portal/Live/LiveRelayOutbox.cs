using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Portal.Live;

/// <summary>
/// What this silo's grains changed since the relay last sent: keys deduplicated in the order first seen (an agent touched
/// five times in a window is re-read once elsewhere), ticket alerts kept in order. Closed while the silo is alone in the
/// cluster, so a single silo pays one flag read per signal and keeps nothing.
/// </summary>
public sealed class LiveRelayOutbox
{
    /// <summary>Alerts kept for one window at most; a flood beyond it loses the oldest rather than growing without bound.</summary>
    public const int MaxAlerts = 200;

    private readonly Lock _gate = new();
    private readonly List<LiveKey> _keys = [];
    private readonly HashSet<LiveKey> _seen = [];
    private readonly Queue<TicketAlert> _alerts = new();
    private volatile bool _open;

    /// <summary>Whether signals are collected (other silos are there to hear them); closing drops what was pending.</summary>
    public bool Open
    {
        get => _open;
        set
        {
            lock (_gate)
            {
                _open = value;
                if (!value)
                {
                    Clear();
                }
            }
        }
    }

    /// <summary>Notes a local signal under its key; a key already pending is not added again.</summary>
    internal void Add(LiveSignal signal)
    {
        if (!_open)
        {
            return;
        }

        var key = LiveKey.Of(signal);
        lock (_gate)
        {
            if (_open && _seen.Add(key))
            {
                _keys.Add(key);
            }
        }
    }

    /// <summary>Notes a ticket alert raised on this silo.</summary>
    public void Add(TicketAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (!_open)
        {
            return;
        }

        lock (_gate)
        {
            if (!_open)
            {
                return;
            }

            _alerts.Enqueue(alert);
            while (_alerts.Count > MaxAlerts)
            {
                _alerts.Dequeue();
            }
        }
    }

    /// <summary>Everything pending as one batch, leaving the outbox empty; null when nothing is pending.</summary>
    public LiveRelayBatch? Take()
    {
        lock (_gate)
        {
            if (_keys.Count == 0 && _alerts.Count == 0)
            {
                return null;
            }

            var batch = new LiveRelayBatch([.. _keys], [.. _alerts]);
            Clear();
            return batch;
        }
    }

    private void Clear()
    {
        _keys.Clear();
        _seen.Clear();
        _alerts.Clear();
    }
}
