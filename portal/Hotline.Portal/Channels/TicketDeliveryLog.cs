using Hotline.Portal.Channels.Handoffs;
using Hotline.Portal.Channels.Sms.Notifications;

namespace Hotline.Portal.Channels;

/// <summary>
/// A ticket's outbound deliveries, from the two queues that hold them (texts to the citizen, results posted to a handoff partner), oldest
/// first: the staff see beside the history whether the citizen was told and the partner called back, and why not when it failed.
/// </summary>
/// <remarks>Either queue is absent where the host runs without the operational store (channel tests); what is absent lists nothing.</remarks>
public sealed class TicketDeliveryLog(IServiceProvider services)
{
    /// <summary>Every delivery about <paramref name="number"/>, oldest first.</summary>
    public async Task<IReadOnlyList<TicketDeliveryRow>> ForTicketAsync(string number, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        var rows = new List<TicketDeliveryRow>();
        if (services.GetService<SmsNotificationStore>() is { } texts)
        {
            rows.AddRange((await texts.ForTicketAsync(number, cancellationToken)).Select(n => new TicketDeliveryRow(
                n.Kind, n.Phone, n.Text, StatusOf(n.SentAtUnixMs, n.NextAttemptUnixMs), n.Attempts, At(n.CreatedAtUnixMs), AtOrNull(n.SentAtUnixMs), n.LastError)));
        }
        if (services.GetService<HandoffDeliveryStore>() is { } handoffs)
        {
            rows.AddRange((await handoffs.ForTicketsAsync([number], cancellationToken)).Select(d => new TicketDeliveryRow(
                TicketDeliveryRow.HandoffKind, d.PartnerId, d.State, StatusOf(d.DeliveredAtUnixMs, d.NextAttemptUnixMs), d.Attempts, At(d.CreatedAtUnixMs),
                AtOrNull(d.DeliveredAtUnixMs), d.LastError)));
        }
        return [.. rows.OrderBy(r => r.QueuedAt)];
    }

    // Both queues clear the next attempt once a delivery is done, either way: done with a time is delivered, done without one was given up.
    private static TicketDeliveryStatus StatusOf(long? doneAtUnixMs, long? nextAttemptUnixMs) =>
        doneAtUnixMs is not null ? TicketDeliveryStatus.Delivered
        : nextAttemptUnixMs is not null ? TicketDeliveryStatus.Pending
        : TicketDeliveryStatus.GivenUp;

    private static DateTimeOffset At(long unixMs) => DateTimeOffset.FromUnixTimeMilliseconds(unixMs);

    private static DateTimeOffset? AtOrNull(long? unixMs) => unixMs is { } ms ? At(ms) : null;
}
