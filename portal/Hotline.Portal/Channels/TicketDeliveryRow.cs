namespace Hotline.Portal.Channels;

/// <summary>What went out about a ticket: a text to the citizen or a result posted to the partner that handed the ticket over.</summary>
/// <param name="Kind">What it was: a text of a <see cref="Sms.Notifications.SmsNotificationKind"/>, or <see cref="HandoffKind"/>.</param>
/// <param name="Recipient">The phone texted or the partner called back.</param>
/// <param name="Content">The text sent, or the ticket state the result reported.</param>
public sealed record TicketDeliveryRow(
    string Kind,
    string Recipient,
    string Content,
    TicketDeliveryStatus Status,
    int Attempts,
    DateTimeOffset QueuedAt,
    DateTimeOffset? DoneAt,
    string? LastError)
{
    /// <summary>The <see cref="Kind"/> of a result posted to a handoff partner's webhook.</summary>
    public const string HandoffKind = "Handoff";
}

/// <summary>Where a delivery stands.</summary>
public enum TicketDeliveryStatus
{
    /// <summary>Queued or waiting to be tried again.</summary>
    Pending,

    /// <summary>Accepted by the gateway or the partner.</summary>
    Delivered,

    /// <summary>Tried as often as allowed; the last error says why it failed.</summary>
    GivenUp,
}
