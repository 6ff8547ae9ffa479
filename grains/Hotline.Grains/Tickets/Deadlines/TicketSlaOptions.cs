using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Grains.Tickets.Deadlines;

/// <summary>SLA data: hours to close per ticket type, with overrides per category code (configuration, not code).</summary>
public sealed class TicketSlaOptions
{
    /// <summary>Hours per type; the demo values follow the usual 12328 practice (complaints 5 working days ≈ 120 h).</summary>
    public Dictionary<TicketType, int> HoursByType { get; init; } = new()
    {
        [TicketType.Complaint] = 120,
        [TicketType.Enquiry] = 24,
        [TicketType.Suggestion] = 240,
        [TicketType.Praise] = 72,
        [TicketType.Help] = 24,
    };

    /// <summary>Hours for a category code (e.g. "urban.taxi.refusal"), taking precedence over the type; SLA hours stored on the category tree (table ticket_categories) come first.</summary>
    public Dictionary<string, int> HoursByCategory { get; init; } = new(StringComparer.Ordinal);

    /// <summary>The deadline of a ticket of <paramref name="type"/> and <paramref name="categoryCode"/> created at <paramref name="createdAt"/>.</summary>
    public DateTimeOffset DeadlineFor(TicketType type, string? categoryCode, DateTimeOffset createdAt)
    {
        var hours = categoryCode is not null && HoursByCategory.TryGetValue(categoryCode, out var byCategory)
            ? byCategory
            : HoursByType.GetValueOrDefault(type, 120);
        return createdAt.AddHours(hours);
    }
}
