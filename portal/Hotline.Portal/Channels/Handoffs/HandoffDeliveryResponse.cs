namespace Hotline.Portal.Channels.Handoffs;

/// <summary>One result delivery as its partner sees it: which version, where it went, and whether it is pending, delivered or failed (given up).</summary>
public sealed record HandoffDeliveryResponse(
    int Version,
    string State,
    string Url,
    string Status,
    int Attempts,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? DeliveredAt,
    string? LastError)
{
    /// <summary>The response for a stored delivery.</summary>
    public static HandoffDeliveryResponse From(HandoffDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var status = delivery.DeliveredAtUnixMs is not null ? "delivered" : delivery.NextAttemptUnixMs is not null ? "pending" : "failed";
        return new HandoffDeliveryResponse(delivery.TicketVersion, delivery.State, delivery.Url, status, delivery.Attempts,
            ToTime(delivery.NextAttemptUnixMs), ToTime(delivery.DeliveredAtUnixMs), delivery.LastError);
    }

    private static DateTimeOffset? ToTime(long? unixMs) => unixMs is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
}
