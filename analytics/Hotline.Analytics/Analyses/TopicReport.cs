namespace Hotline.Analytics.Analyses;

/// <summary>What a topic found: matching tickets and calls, broken down.</summary>
public sealed record TopicReport(
    long Tickets,
    long Calls,
    IReadOnlyList<KeyCount> TicketsByCategory,
    IReadOnlyList<KeyCount> TicketsByRegion,
    IReadOnlyList<KeyCount> TicketsByEnterprise,
    IReadOnlyList<KeyCount> CallsByQueue,
    IReadOnlyList<DayCount> Daily);
