namespace Hotline.Portal.Channels.Sms.Notifications;

/// <summary>One queued or sent text, keyed by the ticket-history entry that caused it (so one step never texts twice).</summary>
public sealed record SmsNotification
{
    public required long HistoryId { get; init; }
    public required string TicketNumber { get; init; }
    public required string Kind { get; init; }
    public required string Phone { get; init; }
    public required string Text { get; init; }
    public int Attempts { get; init; }
    /// <summary>When the next attempt is due; null once sent or given up.</summary>
    public long? NextAttemptUnixMs { get; init; }
    public long? SentAtUnixMs { get; init; }
    public string? LastError { get; init; }
    public required long CreatedAtUnixMs { get; init; }
}
