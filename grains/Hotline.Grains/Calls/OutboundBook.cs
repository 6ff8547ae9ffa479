using Hotline.Grains.Abstractions.Calls;

namespace Hotline.Grains.Calls;

/// <summary>
/// The numbers a call-back list or campaign is to call and the rules of their attempts: which are due, offering one
/// to an agent, accepting, declining or timing out the offer, and the result of the call. Pure: the time is given.
/// </summary>
public sealed class OutboundBook(List<OutboundItem> items)
{
    /// <summary>Every item, in the order added.</summary>
    public IReadOnlyList<OutboundItem> Items => items;

    /// <summary>Items still to be called, offered or in a call.</summary>
    public bool HasWork => items.Exists(i => i.Status is OutboundItemStatus.Pending or OutboundItemStatus.Offered or OutboundItemStatus.Dialing);

    /// <summary>The earliest time a pending item is due, if any.</summary>
    public DateTimeOffset? NextDue => items.Where(i => i.Status == OutboundItemStatus.Pending).Select(i => (DateTimeOffset?)i.DueAt).Min();

    public void Add(OutboundItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (items.Exists(i => i.Id == item.Id))
        {
            throw new ArgumentException($"an item with id '{item.Id}' is already on the list", nameof(item));
        }

        items.Add(item);
    }

    /// <summary>Pending items due at <paramref name="now"/>, earliest first.</summary>
    public IReadOnlyList<OutboundItem> Due(DateTimeOffset now) =>
        [.. items.Where(i => i.Status == OutboundItemStatus.Pending && i.DueAt <= now).OrderBy(i => i.DueAt)];

    /// <summary>The item offered to or being dialled by <paramref name="agent"/>, if any.</summary>
    public OutboundItem? OfferedTo(string agent) =>
        items.Find(i => i.Status == OutboundItemStatus.Offered && i.Agent == agent);

    public OutboundItem? ByCall(string callId) => items.Find(i => i.CallId == callId);

    /// <summary>The item now rings <paramref name="agent"/>'s desktop as a preview under <paramref name="callId"/>.</summary>
    public OutboundItem Offer(string id, string agent, string callId, DateTimeOffset now) =>
        Replace(Get(id, OutboundItemStatus.Pending) with { Status = OutboundItemStatus.Offered, Agent = agent, CallId = callId, OfferedAt = now });

    /// <summary>The offer was taken up (or the mode dials at once): a new attempt starts.</summary>
    public OutboundItem Dialing(string id, DateTimeOffset now)
    {
        var item = Get(id, OutboundItemStatus.Offered);
        return Replace(item with
        {
            Status = OutboundItemStatus.Dialing,
            Attempts = [.. item.Attempts, new PlacedCallAttempt(item.CallId!, item.Agent!, now)],
        });
    }

    /// <summary>The offer was declined or not taken up in time: due again at once, for another agent.</summary>
    public OutboundItem Withdraw(string id) =>
        Replace(Get(id, OutboundItemStatus.Offered) with { Status = OutboundItemStatus.Pending, Agent = null, CallId = null, OfferedAt = null });

    /// <summary>Offers older than <paramref name="timeout"/> at <paramref name="now"/>.</summary>
    public IReadOnlyList<OutboundItem> ExpiredOffers(DateTimeOffset now, TimeSpan timeout) =>
        [.. items.Where(i => i.Status == OutboundItemStatus.Offered && now - i.OfferedAt >= timeout)];

    /// <summary>
    /// The placed call <paramref name="callId"/> ended: answered is done; a result the rule retries is due again after
    /// its interval while attempts remain; anything else is exhausted. Null when no item placed that call.
    /// </summary>
    public OutboundItem? Ended(string callId, OutboundResult result, string reason, DateTimeOffset now, RetryRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (ByCall(callId) is not { Status: OutboundItemStatus.Dialing } item)
        {
            return null;
        }

        var attempts = item.Attempts.Select(a => a.CallId == callId ? a with { Result = result, Reason = reason, EndedAt = now } : a).ToList();
        var ended = item with { Attempts = attempts, Agent = null, CallId = null, OfferedAt = null };
        var counted = ended.CountedAttempts;
        return Replace(result switch
        {
            OutboundResult.Answered => ended with { Status = OutboundItemStatus.Done },
            // The agent's phone was missed: the citizen was not called, so the item is due again at once.
            OutboundResult.AgentMissed => ended with { Status = OutboundItemStatus.Pending, DueAt = now },
            _ when rule.RetryOn.Contains(result) && counted < rule.MaxAttempts => ended with { Status = OutboundItemStatus.Pending, DueAt = now + rule.Interval },
            _ => ended with { Status = OutboundItemStatus.Exhausted },
        });
    }

    /// <summary>Withdraws an item that is not in a call; false when it is already finished or in a call.</summary>
    public bool Cancel(string id)
    {
        var item = items.Find(i => i.Id == id) ?? throw new KeyNotFoundException($"no item with id '{id}' on the list");
        if (item.Status is not (OutboundItemStatus.Pending or OutboundItemStatus.Offered))
        {
            return false;
        }

        Replace(item with { Status = OutboundItemStatus.Cancelled, Agent = null, CallId = null, OfferedAt = null });
        return true;
    }

    private OutboundItem Get(string id, OutboundItemStatus expected)
    {
        var item = items.Find(i => i.Id == id) ?? throw new KeyNotFoundException($"no item with id '{id}' on the list");
        return item.Status == expected
            ? item
            : throw new InvalidOperationException($"item '{id}' is {item.Status}, not {expected}");
    }

    private OutboundItem Replace(OutboundItem item)
    {
        items[items.FindIndex(i => i.Id == item.Id)] = item;
        return item;
    }
}
