using Hotline.Grains.Store;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Portal.Channels.Handoffs;

/// <summary>The portal-owned <c>handoff_result_deliveries</c> table in the operational store (SQL that SQLite and PostgreSQL both run).</summary>
public sealed class HandoffDeliveryStore(IDbContextFactory<OperationalDbContext> contexts)
{
    // The primary key is the ticket version, so queueing the same version twice (two scanners, a rescan after restart) is a no-op.
    private static readonly string[] Schema =
    [
        """
        CREATE TABLE IF NOT EXISTS handoff_result_deliveries (
            ticket_number VARCHAR(32) NOT NULL,
            ticket_version INTEGER NOT NULL,
            partner_id VARCHAR(128) NOT NULL,
            state VARCHAR(16) NOT NULL,
            url VARCHAR(2048) NOT NULL,
            payload TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            next_attempt_unix_ms BIGINT NULL,
            delivered_at_unix_ms BIGINT NULL,
            last_error VARCHAR(1000) NULL,
            created_at_unix_ms BIGINT NOT NULL,
            PRIMARY KEY (ticket_number, ticket_version))
        """,
        "CREATE INDEX IF NOT EXISTS ix_handoff_result_deliveries_next ON handoff_result_deliveries (next_attempt_unix_ms)",
    ];

    /// <summary>Creates the table and its index unless they exist; safe to repeat.</summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var statement in Schema)
            await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
    }

    /// <summary>Queues a delivery; false when that ticket version is already queued.</summary>
    public async Task<bool> QueueAsync(HandoffDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var inserted = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO handoff_result_deliveries (ticket_number, ticket_version, partner_id, state, url, payload, attempts,
                next_attempt_unix_ms, delivered_at_unix_ms, last_error, created_at_unix_ms)
            VALUES ({delivery.TicketNumber}, {delivery.TicketVersion}, {delivery.PartnerId}, {delivery.State}, {delivery.Url}, {delivery.Payload},
                0, {delivery.NextAttemptUnixMs}, NULL, NULL, {delivery.CreatedAtUnixMs})
            ON CONFLICT (ticket_number, ticket_version) DO NOTHING
            """, cancellationToken);
        return inserted == 1;
    }

    /// <summary>Every delivery of the given tickets.</summary>
    public async Task<IReadOnlyList<HandoffDelivery>> ForTicketsAsync(IReadOnlyCollection<string> numbers, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Rows(db).Where(d => numbers.Contains(d.TicketNumber)).OrderBy(d => d.TicketNumber).ThenBy(d => d.TicketVersion).ToListAsync(cancellationToken);
    }

    /// <summary>Up to <paramref name="limit"/> undelivered deliveries whose next attempt is due, earliest first.</summary>
    public async Task<IReadOnlyList<HandoffDelivery>> DueAsync(long nowUnixMs, int limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Rows(db).Where(d => d.NextAttemptUnixMs != null && d.NextAttemptUnixMs <= nowUnixMs)
            .OrderBy(d => d.NextAttemptUnixMs).Take(limit).ToListAsync(cancellationToken);
    }

    /// <summary>Moves a due delivery's next attempt to <paramref name="leaseUntilUnixMs"/> unless another sender did so first; true when this caller may send it.</summary>
    public async Task<bool> TryClaimAsync(HandoffDelivery delivery, long leaseUntilUnixMs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var claimed = await db.Database.ExecuteSqlAsync($"""
            UPDATE handoff_result_deliveries SET next_attempt_unix_ms = {leaseUntilUnixMs}
            WHERE ticket_number = {delivery.TicketNumber} AND ticket_version = {delivery.TicketVersion}
              AND next_attempt_unix_ms = {delivery.NextAttemptUnixMs} AND delivered_at_unix_ms IS NULL
            """, cancellationToken);
        return claimed == 1;
    }

    /// <summary>Stores the outcome of an attempt: the new attempt count, the next attempt (null when delivered or given up), the delivery time or the error.</summary>
    public async Task RecordAttemptAsync(HandoffDelivery delivery, int attempts, long? nextAttemptUnixMs, long? deliveredAtUnixMs, string? error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var lastError = error is { Length: > 1000 } ? error[..1000] : error;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            UPDATE handoff_result_deliveries
            SET attempts = {attempts}, next_attempt_unix_ms = {nextAttemptUnixMs}, delivered_at_unix_ms = {deliveredAtUnixMs}, last_error = {lastError}
            WHERE ticket_number = {delivery.TicketNumber} AND ticket_version = {delivery.TicketVersion}
            """, cancellationToken);
    }

    // The aliases name the record's properties, which EF matches by name.
    private static IQueryable<HandoffDelivery> Rows(OperationalDbContext db) => db.Database.SqlQueryRaw<HandoffDelivery>("""
        SELECT ticket_number AS "TicketNumber", ticket_version AS "TicketVersion", partner_id AS "PartnerId", state AS "State", url AS "Url",
               payload AS "Payload", attempts AS "Attempts", next_attempt_unix_ms AS "NextAttemptUnixMs",
               delivered_at_unix_ms AS "DeliveredAtUnixMs", last_error AS "LastError", created_at_unix_ms AS "CreatedAtUnixMs"
        FROM handoff_result_deliveries
        """);
}
