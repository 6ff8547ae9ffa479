using Hotline.Grains.Abstractions.Agents;
using Hotline.Grains.Abstractions.Calls;
using Hotline.Grains.Abstractions.Queues;

namespace Hotline.Grains.Calls;

/// <summary>
/// Carries out an <see cref="OutboundBook"/> for the grain that owns it (call-back list, campaign): reserves the
/// queue's ready agents for due numbers, dials through <see cref="ICallGrain.DialAsync"/> (agent first, then the
/// citizen) and gives back agents whose offer lapsed. The owner stores the book after each step.
/// </summary>
internal sealed class OutboundDialer(IGrainFactory grains, IOutboundCallOwner owner, string callPrefix)
{
    /// <summary>Gives back the agents of offers not taken up within <paramref name="timeout"/>; their items are due again.</summary>
    public async Task<bool> ReleaseExpiredAsync(OutboundBook book, DateTimeOffset now, TimeSpan timeout)
    {
        var expired = book.ExpiredOffers(now, timeout);
        foreach (var item in expired)
        {
            await grains.GetGrain<IAgentGrain>(item.Agent!).ReleaseReservationAsync(item.CallId!);
            book.Withdraw(item.Id);
        }

        return expired.Count > 0;
    }

    /// <summary>
    /// Offers due items, earliest first, to ready agents of <paramref name="queue"/> until no agent is ready (the pacing)
    /// or <paramref name="limit"/> offers are made; with <paramref name="dialAtOnce"/> (progressive) each is dialled at once.
    /// </summary>
    public async Task<int> OfferDueAsync(OutboundBook book, string queue, DateTimeOffset now, OutboundCallSettings settings, int limit = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var offered = 0;
        foreach (var item in book.Due(now))
        {
            if (offered >= limit)
            {
                break;
            }

            var callId = $"{callPrefix}-{item.Id}-{Guid.NewGuid().ToString("N")[..8]}";
            if (await grains.GetGrain<IQueueGrain>(queue).ReserveAgentForOutboundAsync(callId) is not { } agent)
            {
                break;
            }

            book.Offer(item.Id, agent, callId, now);
            offered++;
            if (settings.DialAtOnce)
            {
                await DialAsync(book, item.Id, now, settings);
            }
        }

        return offered;
    }

    /// <summary>The agent takes up its offer: the call is placed. Returns its id; refused when the agent has no offer on <paramref name="list"/>.</summary>
    public async Task<string> AcceptAsync(OutboundBook book, string extension, DateTimeOffset now, OutboundCallSettings settings, string list)
    {
        var offer = book.OfferedTo(extension) ?? throw new CallCommandException($"agent {extension} has nothing offered on {list}");
        await DialAsync(book, offer.Id, now, settings);
        return offer.CallId!;
    }

    /// <summary>The agent turns its offer down: it is ready again and the item goes to the next agent.</summary>
    public async Task DeclineAsync(OutboundBook book, string extension, string list)
    {
        var offer = book.OfferedTo(extension) ?? throw new CallCommandException($"agent {extension} has nothing offered on {list}");
        book.Withdraw(offer.Id);
        await grains.GetGrain<IAgentGrain>(extension).ReleaseReservationAsync(offer.CallId!);
    }

    /// <summary>Withdraws every offer not yet taken up (pause, stop), giving the agents back.</summary>
    public async Task<bool> WithdrawOffersAsync(OutboundBook book) => await ReleaseExpiredAsync(book, DateTimeOffset.MaxValue, TimeSpan.Zero);

    /// <summary>Places the call of an offered item; a call that cannot even start counts as a failed attempt.</summary>
    public async Task DialAsync(OutboundBook book, string id, DateTimeOffset now, OutboundCallSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var item = book.Dialing(id, now);
        var options = new PlacedCallOptions { Owner = owner, SurveyAfterAgent = settings.SurveyAfterAgent, TicketNumber = item.TicketNumber };
        try
        {
            await grains.GetGrain<ICallGrain>(item.CallId!).DialAsync(item.Agent!, item.Number, options);
        }
        catch (Exception ex) when (ex is CallCommandException or AgentCommandException)
        {
            await grains.GetGrain<IAgentGrain>(item.Agent!).ReleaseReservationAsync(item.CallId!);
            book.Ended(item.CallId!, OutboundResult.Failed, ex.Message, now, settings.Retry);
        }
    }
}
