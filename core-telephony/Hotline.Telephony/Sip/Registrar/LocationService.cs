using Hotline.Telephony.Sip.Messages;

namespace Hotline.Telephony.Sip.Registrar;

/// <summary>
/// The location service (RFC 3261 §10.2/§10.3): bindings of addresses-of-record to contacts, updated atomically per REGISTER,
/// looked up highest q first, expired lazily on access and by a periodic sweep; changes are reported through <see cref="BindingChanged"/>.
/// </summary>
public sealed class LocationService : IDisposable
{
    private readonly Dictionary<AddressOfRecord, LocationBinding[]> _bindings = [];
    private readonly Lock _lock = new();
    private readonly LocationServiceOptions _options;
    private readonly ITimer? _sweepTimer;
    private int _count;

    /// <summary>Creates an empty location service; the sweep timer runs on <paramref name="timeProvider"/>.</summary>
    public LocationService(LocationServiceOptions? options = null, TimeProvider? timeProvider = null)
    {
        _options = options ?? new LocationServiceOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxBindingsPerAor, 1, nameof(_options.MaxBindingsPerAor));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxBindings, 1, nameof(_options.MaxBindings));
        TimeProvider = timeProvider ?? TimeProvider.System;
        var interval = _options.SweepInterval;
        if (interval > TimeSpan.Zero && interval != Timeout.InfiniteTimeSpan)
        {
            _sweepTimer = TimeProvider.CreateTimer(static state => ((LocationService)state!).SweepExpired(), this, interval, interval);
        }
    }

    /// <summary>
    /// Raised after a binding is added, refreshed, removed or expired, outside any lock and in order of occurrence
    /// (the portal shows registrations from it). Handlers must be quick and must not throw: they run on the SIP path.
    /// </summary>
    public event EventHandler<LocationBindingEventArgs>? BindingChanged;

    /// <summary>The clock bindings expire by.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>How many bindings are held (lapsed ones included until swept).</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _count;
            }
        }
    }

    /// <summary>The live bindings of <paramref name="aor"/>, highest q first (then most recently registered); empty when none.</summary>
    public IReadOnlyList<LocationBinding> Lookup(AddressOfRecord aor)
    {
        var events = new List<LocationBindingEventArgs>();
        LocationBinding[] live;
        lock (_lock)
        {
            live = DropExpired(aor, TimeProvider.GetUtcNow(), events);
        }

        Raise(events);
        return Ordered(live);
    }

    /// <summary>The live bindings of the AOR that <paramref name="uri"/> names (its parameters ignored); empty for non-SIP URIs.</summary>
    public IReadOnlyList<LocationBinding> Lookup(AddressUri uri) =>
        AddressOfRecord.TryFrom(uri, out var aor) ? Lookup(aor.Value) : [];

    /// <summary>All live bindings (for the portal's registration view).</summary>
    public IReadOnlyList<LocationBinding> Snapshot()
    {
        var now = TimeProvider.GetUtcNow();
        lock (_lock)
        {
            return _bindings.Values.SelectMany(list => list).Where(b => !b.IsExpiredAt(now)).ToArray();
        }
    }

    /// <summary>Applies one REGISTER's changes atomically: either all of them or, with a non-Applied status, none.</summary>
    public RegistrationResult Register(RegistrationChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var now = TimeProvider.GetUtcNow();
        var events = new List<LocationBindingEventArgs>();
        RegistrationResult result;
        lock (_lock)
        {
            var current = DropExpired(change.Aor, now, events);
            var pending = new List<LocationBindingEventArgs>();
            var status = Plan(change, current, now, pending, out var updated);
            if (status == RegistrationStatus.Applied && updated.Count > current.Length && _count - current.Length + updated.Count > _options.MaxBindings)
            {
                status = RegistrationStatus.Full;
            }

            if (status == RegistrationStatus.Applied)
            {
                Store(change.Aor, updated.ToArray());
                events.AddRange(pending);
                result = new RegistrationResult(status, Ordered(updated));
            }
            else
            {
                result = new RegistrationResult(status, Ordered(current));
            }
        }

        Raise(events);
        return result;
    }

    /// <summary>Removes lapsed bindings everywhere and reports them as expired (the timer calls this; callable directly).</summary>
    public void SweepExpired()
    {
        var events = new List<LocationBindingEventArgs>();
        lock (_lock)
        {
            var now = TimeProvider.GetUtcNow();
            foreach (var aor in _bindings.Keys.ToArray())
            {
                DropExpired(aor, now, events);
            }
        }

        Raise(events);
    }

    /// <inheritdoc />
    public void Dispose() => _sweepTimer?.Dispose();

    private static LocationBinding[] Ordered(IEnumerable<LocationBinding> bindings) =>
        bindings.OrderByDescending(b => b.Rank).ThenByDescending(b => b.ExpiresAt).ToArray();

    private RegistrationStatus Plan(
        RegistrationChange change, LocationBinding[] current, DateTimeOffset now, List<LocationBindingEventArgs> pending, out List<LocationBinding> updated)
    {
        updated = [.. current];

        // RFC 3261 §10.3 step 7: a binding last written by this Call-ID may only be changed by a higher CSeq;
        // otherwise the request is out of order (or replayed) and nothing is committed.
        bool InOrder(LocationBinding binding) =>
            !string.Equals(binding.CallId, change.CallId, StringComparison.Ordinal) || change.CSeq > binding.CSeq;

        if (change.RemoveAll)
        {
            if (!current.All(InOrder))
            {
                return RegistrationStatus.OutOfOrder;
            }

            pending.AddRange(current.Select(b => new LocationBindingEventArgs(b, LocationBindingChange.Removed)));
            updated.Clear();
            return RegistrationStatus.Applied;
        }

        var written = new HashSet<LocationBinding>(ReferenceEqualityComparer.Instance);
        foreach (var contact in change.Contacts)
        {
            var index = updated.FindIndex(b => b.Contact.Equals(contact.Uri));
            var existing = index >= 0 ? updated[index] : null;

            // A contact listed twice in one request is checked against the stored state once, not against itself.
            if (existing is not null && !written.Contains(existing) && !InOrder(existing))
            {
                return RegistrationStatus.OutOfOrder;
            }

            if (contact.Expires <= TimeSpan.Zero)
            {
                if (existing is not null)
                {
                    updated.RemoveAt(index);
                    pending.Add(new LocationBindingEventArgs(existing, LocationBindingChange.Removed));
                }

                continue;
            }

            var binding = new LocationBinding
            {
                Aor = change.Aor,
                Contact = contact.Uri,
                ContactParameters = contact.Parameters,
                Q = contact.Q,
                Source = change.Source,
                CallId = change.CallId,
                CSeq = change.CSeq,
                UserAgent = change.UserAgent,
                RegisteredAt = existing?.RegisteredAt ?? now,
                ExpiresAt = now + contact.Expires,
            };
            written.Add(binding);
            if (existing is null)
            {
                updated.Add(binding);
                pending.Add(new LocationBindingEventArgs(binding, LocationBindingChange.Added));
            }
            else
            {
                updated[index] = binding;
                pending.Add(new LocationBindingEventArgs(binding, LocationBindingChange.Refreshed));
            }
        }

        return updated.Count > _options.MaxBindingsPerAor ? RegistrationStatus.TooManyBindingsForAor : RegistrationStatus.Applied;
    }

    private LocationBinding[] DropExpired(AddressOfRecord aor, DateTimeOffset now, List<LocationBindingEventArgs> events)
    {
        if (!_bindings.TryGetValue(aor, out var list))
        {
            return [];
        }

        if (!list.Any(b => b.IsExpiredAt(now)))
        {
            return list;
        }

        var live = list.Where(b => !b.IsExpiredAt(now)).ToArray();
        events.AddRange(list.Where(b => b.IsExpiredAt(now)).Select(b => new LocationBindingEventArgs(b, LocationBindingChange.Expired)));
        Store(aor, live);
        return live;
    }

    private void Store(AddressOfRecord aor, LocationBinding[] bindings)
    {
        _count -= _bindings.TryGetValue(aor, out var old) ? old.Length : 0;
        if (bindings.Length == 0)
        {
            _bindings.Remove(aor);
        }
        else
        {
            _bindings[aor] = bindings;
            _count += bindings.Length;
        }
    }

    private void Raise(List<LocationBindingEventArgs> events)
    {
        var handler = BindingChanged;
        if (handler is null)
        {
            return;
        }

        foreach (var args in events)
        {
            handler(this, args);
        }
    }
}
