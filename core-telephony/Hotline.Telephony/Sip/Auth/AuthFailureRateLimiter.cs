namespace Hotline.Telephony.Sip.Auth;

/// <summary>
/// Counts digest failures per (address:port, user) and locks a key out for a cool-down after too many,
/// so a REGISTER brute force cannot try passwords at line rate. Memory is bounded by expiry and a table cap.
/// </summary>
public sealed class AuthFailureRateLimiter
{
    private readonly Dictionary<AuthFailureKey, Entry> _entries = [];
    private readonly Lock _lock = new();
    private readonly AuthFailureRateLimiterOptions _options;
    private readonly TimeProvider _time;
    private DateTimeOffset _lastSweep;

    /// <summary>Creates a limiter.</summary>
    public AuthFailureRateLimiter(AuthFailureRateLimiterOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxFailures, 1, nameof(options.MaxFailures));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxEntries, 1, nameof(options.MaxEntries));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Window, TimeSpan.Zero, nameof(options.Window));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Lockout, TimeSpan.Zero, nameof(options.Lockout));
        _options = options;
        _time = timeProvider ?? TimeProvider.System;
        _lastSweep = _time.GetUtcNow();
    }

    /// <summary>How many keys are tracked now.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Whether <paramref name="key"/> is locked out; <paramref name="retryAfter"/> is the cool-down left.</summary>
    public bool IsLockedOut(AuthFailureKey key, out TimeSpan retryAfter)
    {
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var entry) && entry.LockedUntil is { } until)
            {
                if (until > now)
                {
                    retryAfter = until - now;
                    return true;
                }

                // The cool-down is over: the key starts afresh.
                _entries.Remove(key);
            }
        }

        retryAfter = TimeSpan.Zero;
        return false;
    }

    /// <summary>Counts a failure; returns true when this failure locked the key out.</summary>
    public bool RecordFailure(AuthFailureKey key)
    {
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            SweepIfDue(now);
            if (!_entries.TryGetValue(key, out var entry) || IsOver(entry, now))
            {
                MakeRoom(now);
                entry = new Entry(now, 0, null);
            }

            if (entry.LockedUntil is not null)
            {
                return false;
            }

            var failures = entry.Failures + 1;
            var locked = failures >= _options.MaxFailures;
            _entries[key] = entry with { Failures = failures, LockedUntil = locked ? now + _options.Lockout : null };
            return locked;
        }
    }

    /// <summary>Forgets the failures of a key after a successful authentication.</summary>
    public void RecordSuccess(AuthFailureKey key)
    {
        lock (_lock)
        {
            _entries.Remove(key);
        }
    }

    private bool IsOver(Entry entry, DateTimeOffset now) =>
        entry.LockedUntil is { } until ? until <= now : now - entry.WindowStart > _options.Window;

    private void SweepIfDue(DateTimeOffset now)
    {
        if (now - _lastSweep < _options.Window)
        {
            return;
        }

        _lastSweep = now;
        Sweep(now);
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, entry) in _entries)
        {
            if (IsOver(entry, now))
            {
                _entries.Remove(key);
            }
        }
    }

    private void MakeRoom(DateTimeOffset now)
    {
        if (_entries.Count < _options.MaxEntries)
        {
            return;
        }

        Sweep(now);
        if (_entries.Count < _options.MaxEntries)
        {
            return;
        }

        // Still full of live entries: drop the one that would have ended soonest. O(n), but only at the cap.
        var victim = _entries.MinBy(pair => pair.Value.LockedUntil ?? pair.Value.WindowStart + _options.Window).Key;
        _entries.Remove(victim);
    }

    private readonly record struct Entry(DateTimeOffset WindowStart, int Failures, DateTimeOffset? LockedUntil);
}
