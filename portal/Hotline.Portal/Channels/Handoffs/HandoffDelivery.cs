namespace Hotline.Portal.Channels.Handoffs;

/// <summary>A row of <c>handoff_result_deliveries</c>: one ticket version's result, where it goes and how its delivery went.</summary>
public sealed record HandoffDelivery
{
    public required string TicketNumber { get; init; }
    public int TicketVersion { get; init; }
    public required string PartnerId { get; init; }
    public required string State { get; init; }
    public required string Url { get; init; }
    /// <summary>The JSON of the <see cref="HandoffResult"/>, fixed when queued so every retry posts the same bytes.</summary>
    public required string Payload { get; init; }
    public int Attempts { get; init; }
    /// <summary>Unix milliseconds; null once delivered or given up.</summary>
    public long? NextAttemptUnixMs { get; init; }
    public long? DeliveredAtUnixMs { get; init; }
    public string? LastError { get; init; }
    public long CreatedAtUnixMs { get; init; }
}
