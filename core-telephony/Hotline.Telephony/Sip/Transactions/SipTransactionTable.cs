using System.Collections.Concurrent;
using System.Globalization;
using Hotline.Telephony.Sip.Messages;

namespace Hotline.Telephony.Sip.Transactions;

/// <summary>The live transactions by key, plus the index that detects merged requests (RFC 3261 §8.2.2.2).</summary>
internal sealed class SipTransactionTable
{
    private readonly ConcurrentDictionary<SipTransactionKey, SipTransaction> _byKey = new();
    private readonly ConcurrentDictionary<string, SipServerTransaction> _byOrigin = new(StringComparer.Ordinal);
    private int _serverCount;

    public int Count => _byKey.Count;

    public int ServerCount => Volatile.Read(ref _serverCount);

    public SipTransaction? Find(SipTransactionKey key) => _byKey.TryGetValue(key, out var transaction) ? transaction : null;

    /// <summary>Adds a transaction; false when another with the same key got there first.</summary>
    public bool TryAdd(SipTransaction transaction)
    {
        if (!_byKey.TryAdd(transaction.Key, transaction))
        {
            return false;
        }

        if (transaction is SipServerTransaction server)
        {
            Interlocked.Increment(ref _serverCount);
            if (OriginOf(server.Request) is { } origin)
            {
                _byOrigin.TryAdd(origin, server);
            }
        }

        return true;
    }

    /// <summary>Removes exactly this transaction (not a newer one that reuses its key).</summary>
    public void Remove(SipTransaction transaction)
    {
        if (!_byKey.TryRemove(new KeyValuePair<SipTransactionKey, SipTransaction>(transaction.Key, transaction)))
        {
            return;
        }

        if (transaction is SipServerTransaction server)
        {
            Interlocked.Decrement(ref _serverCount);
            if (OriginOf(server.Request) is { } origin)
            {
                _byOrigin.TryRemove(new KeyValuePair<string, SipServerTransaction>(origin, server));
            }
        }
    }

    /// <summary>A live server transaction for the same request that came by another path (same From tag, Call-ID and CSeq), or null.</summary>
    public SipServerTransaction? FindMergedWith(SipRequest request) =>
        OriginOf(request) is { } origin && _byOrigin.TryGetValue(origin, out var existing) ? existing : null;

    public IReadOnlyList<SipTransaction> Snapshot() => [.. _byKey.Values];

    public void Clear()
    {
        _byKey.Clear();
        _byOrigin.Clear();
        Volatile.Write(ref _serverCount, 0);
    }

    /// <summary>§8.2.2.2 applies only to requests outside a dialog (no To tag).</summary>
    private static string? OriginOf(SipRequest request) =>
        request.To is { Tag: null } && request.From?.Tag is { } fromTag && request.CallId is { } callId && request.CSeq is { } cseq
            ? string.Join('|', fromTag, callId, cseq.Number.ToString(CultureInfo.InvariantCulture), cseq.Method)
            : null;
}
