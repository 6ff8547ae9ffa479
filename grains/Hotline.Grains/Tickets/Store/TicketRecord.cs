namespace Hotline.Grains.Tickets.Store;

/// <summary>A row of the tickets table: the ticket as it stands now (its history is in <see cref="TicketHistoryRecord"/>).</summary>
public sealed class TicketRecord
{
    public long Id { get; set; }
    public required string Number { get; set; }
    public required string Type { get; set; }
    public string? CategoryCode { get; set; }
    public required string Channel { get; set; }
    public string? CitizenName { get; set; }
    public string? CitizenPhone { get; set; }
    public string? CitizenEmail { get; set; }
    public string? Enterprise { get; set; }
    public string? VehiclePlate { get; set; }
    public string? Route { get; set; }
    public string? Location { get; set; }
    public string? Region { get; set; }
    public required string Description { get; set; }
    public required string State { get; set; }
    /// <summary>Unix milliseconds (integers, because SQLite cannot compare DateTimeOffset).</summary>
    public long DeadlineUnixMs { get; set; }
    public string? UnitId { get; set; }
    /// <summary>The person handling the ticket in its unit (who accepted it); null until accepted and after a send-back or a new dispatch.</summary>
    public string? Handler { get; set; }
    public string? MergedInto { get; set; }
    public string? Reply { get; set; }
    public string? ExternalReference { get; set; }
    public string? CallId { get; set; }
    public string? ResultCallbackUrl { get; set; }
    public long CreatedAtUnixMs { get; set; }
    public long UpdatedAtUnixMs { get; set; }
    /// <summary>The number of history entries; the sequence of the ticket's last event.</summary>
    public int Version { get; set; }
    /// <summary>催办 count, manual and automatic.</summary>
    public int UrgeCount { get; set; }
    public bool Escalated { get; set; }
    public bool Major { get; set; }
    public string? MajorReason { get; set; }
    public int? Satisfaction { get; set; }
    /// <summary>The deadline a pending extension asks for; null when none is pending.</summary>
    public long? ExtensionUntilUnixMs { get; set; }
    public string? ExtensionReason { get; set; }
    public int ReopenCount { get; set; }
    public long? ClosedAtUnixMs { get; set; }
    /// <summary>When the sweeper's automatic urge falls due for the current deadline; null once done or when the ticket is finished.</summary>
    public long? UrgeDueAtUnixMs { get; set; }
    /// <summary>When the sweeper's automatic escalation falls due (the deadline); null once done or when the ticket is finished.</summary>
    public long? EscalateDueAtUnixMs { get; set; }
}
