namespace Hotline.Telephony.Sip.Auth;

/// <summary>
/// Replay protection for nonce counts (RFC 7616 §3.4, §5.12): remembers the highest nc accepted per nonce until the nonce expires.
/// Memory is capped: when full, the oldest nonces are forgotten and every nonce issued no later than them is refused from then on,
/// so eviction shortens the effective nonce lifetime instead of reopening replays.
/// </summary>
internal sealed class DigestNonceCountTracker
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly PriorityQueue<string, DateTimeOffset> _byIssue = new();
    private readonly Lock _lock = new();
    private readonly int _capacity;
    private readonly TimeSpan _lifetime;
    private DateTimeOffset _forgottenUpTo = DateTimeOffset.MinValue;

    public DigestNonceCountTracker(int capacity, TimeSpan lifetime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
        _lifetime = lifetime;
    }

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

    /// <summary>Accepts <paramref name="nonceCount"/> only if it is higher than any accepted before for this nonce.</summary>
    public bool TryAccept(string nonce, DateTimeOffset issuedAt, uint nonceCount, DateTimeOffset now)
    {
        lock (_lock)
        {
            DropExpired(now);
            if (_entries.TryGetValue(nonce, out var entry))
            {
                if (nonceCount <= entry.HighestCount)
                {
                    return false;
                }

                _entries[nonce] = entry with { HighestCount = nonceCount };
                return true;
            }

            if (issuedAt <= _forgottenUpTo)
            {
                return false;
            }

            while (_entries.Count >= _capacity && _byIssue.TryDequeue(out var oldest, out var oldestIssuedAt))
            {
                if (_entries.Remove(oldest))
                {
                    _forgottenUpTo = oldestIssuedAt > _forgottenUpTo ? oldestIssuedAt : _forgottenUpTo;
                }
            }

            if (issuedAt <= _forgottenUpTo)
            {
                return false;
            }

            _entries[nonce] = new Entry(issuedAt, nonceCount);
            _byIssue.Enqueue(nonce, issuedAt);
            return true;
        }
    }

    private void DropExpired(DateTimeOffset now)
    {
        // Expired nonces are refused by the issuer anyway, so forgetting them opens nothing.
        while (_byIssue.TryPeek(out var nonce, out var issuedAt) && now - issuedAt > _lifetime)
        {
            _byIssue.Dequeue();
            _entries.Remove(nonce);
        }
    }

    private readonly record struct Entry(DateTimeOffset IssuedAt, uint HighestCount);
}
