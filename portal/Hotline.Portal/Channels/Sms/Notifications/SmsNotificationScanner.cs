using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Store;
using Hotline.Grains.Tickets.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.Channels.Sms.Notifications;

/// <summary>Reads new ticket-history entries and queues the citizen's text for each step worth one: received, return-visit survey, closed.</summary>
public sealed class SmsNotificationScanner(
    IDbContextFactory<OperationalDbContext> contexts,
    SmsNotificationStore notifications,
    IOptionsMonitor<SmsNotificationOptions> options,
    TimeProvider clock)
{
    private const int PageSize = 500;

    // History rows of concurrent writers can become visible out of id order (PostgreSQL sequences); rereading this many ids
    // behind the cursor catches them, and queueing is idempotent per history entry.
    private const long Overlap = 1_000;

    // These channels already answered the citizen with the number in the same conversation, or belong to a partner, not a citizen.
    private static readonly string[] NoReceipt =
        [nameof(TicketChannel.Sms), nameof(TicketChannel.WeChat), nameof(TicketChannel.TransferIn), nameof(TicketChannel.Assignment)];

    private long? _cursor;
    private long _floor;

    /// <summary>One scan; returns how many texts it queued.</summary>
    public async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (_cursor is null)
        {
            // After a restart, go on from the last step that was texted; on a store that never texted, from now, never
            // below: the backlog of steps taken before texts were switched on is not sent.
            var latest = await notifications.LatestHistoryIdAsync(cancellationToken);
            _floor = latest is null ? await db.Set<TicketHistoryRecord>().MaxAsync(h => (long?)h.Id, cancellationToken) ?? 0 : 0;
            _cursor = latest ?? _floor;
        }

        var afterId = Math.Max(_floor, _cursor.Value - Overlap);
        var queued = 0;
        while (true)
        {
            var page = await db.Set<TicketHistoryRecord>().AsNoTracking().Where(h => h.Id > afterId).OrderBy(h => h.Id).Take(PageSize).ToListAsync(cancellationToken);
            if (page.Count == 0)
                break;
            queued += await QueuePageAsync(db, page, settings, cancellationToken);
            afterId = page[^1].Id;
            _cursor = Math.Max(_cursor.Value, afterId);
        }

        return queued;
    }

    private async Task<int> QueuePageAsync(OperationalDbContext db, List<TicketHistoryRecord> page, SmsNotificationOptions settings, CancellationToken cancellationToken)
    {
        var steps = page.Select(h => (Entry: h, Kind: KindOf(h))).Where(s => s.Kind is { } kind && settings.Sends(kind)).ToList();
        if (steps.Count == 0)
            return 0;
        var numbers = steps.Select(s => s.Entry.TicketNumber).Distinct().ToList();
        var tickets = await db.Set<TicketRecord>().AsNoTracking().Where(t => numbers.Contains(t.Number) && t.CitizenPhone != null)
            .ToDictionaryAsync(t => t.Number, cancellationToken);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var queued = 0;
        var visits = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (entry, kind) in steps)
        {
            if (!tickets.TryGetValue(entry.TicketNumber, out var ticket) || (kind == SmsNotificationKind.Received && NoReceipt.Contains(ticket.Channel)))
                continue;
            // A survey only where the type's workflow visits back; elsewhere an answer could not be recorded.
            if (kind == SmsNotificationKind.Survey && !await VisitsBackAsync(db, ticket.Type, visits, cancellationToken))
                continue;
            var notification = new SmsNotification
            {
                HistoryId = entry.Id,
                TicketNumber = ticket.Number,
                Kind = kind!.Value.ToString(),
                Phone = ticket.CitizenPhone!,
                Text = SmsNotificationText.For(kind.Value, ticket),
                NextAttemptUnixMs = now,
                CreatedAtUnixMs = now,
            };
            if (await notifications.QueueAsync(notification, cancellationToken))
                queued++;
        }

        return queued;
    }

    private static async Task<bool> VisitsBackAsync(OperationalDbContext db, string type, Dictionary<string, bool> known, CancellationToken cancellationToken)
    {
        if (known.TryGetValue(type, out var visits))
            return visits;
        visits = Enum.TryParse<TicketType>(type, out var parsed) && (await TicketWorkflowCatalog.ForAsync(db, parsed, cancellationToken)).ReturnVisit;
        known[type] = visits;
        return visits;
    }

    private static SmsNotificationKind? KindOf(TicketHistoryRecord entry) => entry switch
    {
        { Sequence: 1 } => SmsNotificationKind.Received,
        { ToState: nameof(TicketState.Reviewed) } when entry.FromState != nameof(TicketState.Reviewed) => SmsNotificationKind.Survey,
        { ToState: nameof(TicketState.Closed) } when entry.FromState != nameof(TicketState.Closed) => SmsNotificationKind.Closed,
        _ => null,
    };
}
