using System.Text.Json;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.Channels.Handoffs;

/// <summary>Finds 转办/交办 tickets with a result webhook whose latest version is in a reported state and not yet queued, and queues that version's result.</summary>
public sealed class HandoffResultScanner(
    IDbContextFactory<OperationalDbContext> contexts,
    HandoffDeliveryStore deliveries,
    IOptions<HandoffResultOptions> options,
    TimeProvider clock)
{
    private const int PageSize = 200;

    // Tickets change while a scan runs and commit out of clock order; rescanning this far back costs little because queueing is idempotent.
    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(2);

    private static readonly string[] HandoffChannels = [nameof(TicketChannel.TransferIn), nameof(TicketChannel.Assignment)];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // The first scan after start reads every handoff ticket; later ones only those changed since the previous scan began.
    private long _changedSinceUnixMs;

    /// <summary>One scan; returns how many deliveries it queued.</summary>
    public async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        var scanStart = clock.GetUtcNow();
        var states = options.Value.EffectiveStates().ToList();
        var queued = 0;
        long afterId = 0;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        while (true)
        {
            var since = _changedSinceUnixMs;
            var page = await db.Set<TicketRecord>().AsNoTracking()
                .Where(t => t.ResultCallbackUrl != null && t.Id > afterId && t.UpdatedAtUnixMs >= since
                    && HandoffChannels.Contains(t.Channel) && states.Contains(t.State))
                .OrderBy(t => t.Id).Take(PageSize).ToListAsync(cancellationToken);
            if (page.Count == 0)
                break;
            queued += await QueuePageAsync(db, page, cancellationToken);
            afterId = page[^1].Id;
        }

        _changedSinceUnixMs = (scanStart - Overlap).ToUnixTimeMilliseconds();
        return queued;
    }

    private async Task<int> QueuePageAsync(OperationalDbContext db, List<TicketRecord> page, CancellationToken cancellationToken)
    {
        var numbers = page.Select(t => t.Number).ToList();
        var latest = (await deliveries.ForTicketsAsync(numbers, cancellationToken))
            .GroupBy(d => d.TicketNumber).ToDictionary(g => g.Key, g => g.MaxBy(d => d.TicketVersion)!);
        // The partner is whoever submitted the ticket: the actor of its first history entry.
        var partners = await db.Set<TicketHistoryRecord>().AsNoTracking()
            .Where(h => numbers.Contains(h.TicketNumber) && h.Sequence == 1)
            .ToDictionaryAsync(h => h.TicketNumber, h => h.Actor, cancellationToken);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var queued = 0;
        foreach (var ticket in page)
        {
            var result = new HandoffResult(ticket.Number, ticket.ExternalReference, ticket.Version, ticket.State, ticket.Reply,
                DateTimeOffset.FromUnixTimeMilliseconds(ticket.UpdatedAtUnixMs));
            if (latest.TryGetValue(ticket.Number, out var last) && !IsNews(last, result))
                continue;
            var delivery = new HandoffDelivery
            {
                TicketNumber = ticket.Number,
                TicketVersion = ticket.Version,
                PartnerId = partners.GetValueOrDefault(ticket.Number, ""),
                State = ticket.State,
                Url = ticket.ResultCallbackUrl!,
                Payload = JsonSerializer.Serialize(result, Json),
                NextAttemptUnixMs = now,
                CreatedAtUnixMs = now,
            };
            if (await deliveries.QueueAsync(delivery, cancellationToken))
                queued++;
        }

        return queued;
    }

    // A version that only urged or annotated the ticket repeats what the partner already has: same state, same reply.
    private static bool IsNews(HandoffDelivery last, HandoffResult result)
    {
        if (result.Version <= last.TicketVersion)
            return false;
        var sent = JsonSerializer.Deserialize<HandoffResult>(last.Payload, Json);
        return sent is null || sent.State != result.State || sent.Reply != result.Reply;
    }
}
