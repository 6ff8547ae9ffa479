using Hotline.Grains.Store;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Portal.Channels.Sms.Notifications;

/// <summary>The portal-owned <c>sms_notifications</c> table in the operational store (SQL that SQLite and PostgreSQL both run).</summary>
public sealed class SmsNotificationStore(IDbContextFactory<OperationalDbContext> contexts)
{
    // The primary key is the history entry, so a rescan (overlapping window, two portals, a restart) never queues a text twice.
    private static readonly string[] Schema =
    [
        """
        CREATE TABLE IF NOT EXISTS sms_notifications (
            history_id BIGINT NOT NULL PRIMARY KEY,
            ticket_number VARCHAR(32) NOT NULL,
            kind VARCHAR(16) NOT NULL,
            phone VARCHAR(32) NOT NULL,
            text VARCHAR(1000) NOT NULL,
            attempts INTEGER NOT NULL,
            next_attempt_unix_ms BIGINT NULL,
            sent_at_unix_ms BIGINT NULL,
            last_error VARCHAR(1000) NULL,
            created_at_unix_ms BIGINT NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS ix_sms_notifications_next ON sms_notifications (next_attempt_unix_ms)",
        "CREATE INDEX IF NOT EXISTS ix_sms_notifications_ticket ON sms_notifications (ticket_number)",
    ];

    /// <summary>Creates the table and its indexes unless they exist; safe to repeat.</summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var statement in Schema)
            await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
    }

    /// <summary>Queues a text; false when that history entry already has one.</summary>
    public async Task<bool> QueueAsync(SmsNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var inserted = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO sms_notifications (history_id, ticket_number, kind, phone, text, attempts, next_attempt_unix_ms, sent_at_unix_ms, last_error, created_at_unix_ms)
            VALUES ({notification.HistoryId}, {notification.TicketNumber}, {notification.Kind}, {notification.Phone}, {notification.Text},
                0, {notification.NextAttemptUnixMs}, NULL, NULL, {notification.CreatedAtUnixMs})
            ON CONFLICT (history_id) DO NOTHING
            """, cancellationToken);
        return inserted == 1;
    }

    /// <summary>The newest history entry a text was queued for, or null before the first.</summary>
    public async Task<long?> LatestHistoryIdAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Rows(db).MaxAsync(n => (long?)n.HistoryId, cancellationToken);
    }

    /// <summary>Every text about <paramref name="number"/>, in history order.</summary>
    public async Task<IReadOnlyList<SmsNotification>> ForTicketAsync(string number, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Rows(db).Where(n => n.TicketNumber == number).OrderBy(n => n.HistoryId).ToListAsync(cancellationToken);
    }

    /// <summary>The ticket of the latest survey sent to <paramref name="phone"/> since <paramref name="sinceUnixMs"/>, or null when none was.</summary>
    public async Task<string?> LatestSurveyTicketAsync(string phone, long sinceUnixMs, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var survey = nameof(SmsNotificationKind.Survey);
        return await Rows(db).Where(n => n.Phone == phone && n.Kind == survey && n.SentAtUnixMs != null && n.SentAtUnixMs >= sinceUnixMs)
            .OrderByDescending(n => n.SentAtUnixMs).Select(n => n.TicketNumber).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Up to <paramref name="limit"/> unsent texts whose next attempt is due, earliest first.</summary>
    public async Task<IReadOnlyList<SmsNotification>> DueAsync(long nowUnixMs, int limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Rows(db).Where(n => n.NextAttemptUnixMs != null && n.NextAttemptUnixMs <= nowUnixMs)
            .OrderBy(n => n.NextAttemptUnixMs).Take(limit).ToListAsync(cancellationToken);
    }

    /// <summary>Moves a due text's next attempt to <paramref name="leaseUntilUnixMs"/> unless another sender did so first; true when this caller may send it.</summary>
    public async Task<bool> TryClaimAsync(SmsNotification notification, long leaseUntilUnixMs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var claimed = await db.Database.ExecuteSqlAsync($"""
            UPDATE sms_notifications SET next_attempt_unix_ms = {leaseUntilUnixMs}
            WHERE history_id = {notification.HistoryId} AND next_attempt_unix_ms = {notification.NextAttemptUnixMs} AND sent_at_unix_ms IS NULL
            """, cancellationToken);
        return claimed == 1;
    }

    /// <summary>Stores the outcome of an attempt: the attempt count, the next attempt (null when sent or given up), the sending time or the error.</summary>
    public async Task RecordAttemptAsync(SmsNotification notification, int attempts, long? nextAttemptUnixMs, long? sentAtUnixMs, string? error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var lastError = error is { Length: > 1000 } ? error[..1000] : error;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            UPDATE sms_notifications
            SET attempts = {attempts}, next_attempt_unix_ms = {nextAttemptUnixMs}, sent_at_unix_ms = {sentAtUnixMs}, last_error = {lastError}
            WHERE history_id = {notification.HistoryId}
            """, cancellationToken);
    }

    // The aliases name the record's properties, which EF matches by name.
    private static IQueryable<SmsNotification> Rows(OperationalDbContext db) => db.Database.SqlQueryRaw<SmsNotification>("""
        SELECT history_id AS "HistoryId", ticket_number AS "TicketNumber", kind AS "Kind", phone AS "Phone", text AS "Text", attempts AS "Attempts",
               next_attempt_unix_ms AS "NextAttemptUnixMs", sent_at_unix_ms AS "SentAtUnixMs", last_error AS "LastError", created_at_unix_ms AS "CreatedAtUnixMs"
        FROM sms_notifications
        """);
}
