namespace Hotline.Portal.Identity;

/// <summary>One sensitive action in the audit log: who did what, when, to which target.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>Unix milliseconds (SQLite cannot order DateTimeOffset).</summary>
    public long AtUnixMs { get; set; }

    /// <summary>The user name of the actor.</summary>
    public required string Actor { get; set; }

    /// <summary>One of <see cref="AuditAction"/>.</summary>
    public required string Action { get; set; }

    /// <summary>What the action touched: a recording's call id, a report, a user.</summary>
    public required string Target { get; set; }

    /// <summary>Extra detail (the query of an export, the new roles), or null.</summary>
    public string? Detail { get; set; }

    public DateTimeOffset At => DateTimeOffset.FromUnixTimeMilliseconds(AtUnixMs);
}
