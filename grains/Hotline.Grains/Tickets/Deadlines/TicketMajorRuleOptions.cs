using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Grains.Tickets.Deadlines;

/// <summary>The rules that mark a ticket 重大投诉 (configuration section Hotline:Tickets:Major).</summary>
/// <remarks>Configuration binding adds list entries to the defaults below rather than replacing them.</remarks>
public sealed class TicketMajorRuleOptions
{
    /// <summary>The ticket types the rules look at.</summary>
    public List<TicketType> Types { get; init; } = [TicketType.Complaint, TicketType.Help];

    /// <summary>Words in a description that make the ticket major at once.</summary>
    public List<string> Keywords { get; init; } = ["死亡", "伤亡", "重大事故", "群体", "媒体曝光", "上访", "自杀"];

    /// <summary>The same caller with this many tickets (this one included) within <see cref="RepeatCallerWindow"/> makes the ticket major.</summary>
    public int RepeatCallerCount { get; set; } = 3;

    public TimeSpan RepeatCallerWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>This many tickets (this one included) against one enterprise within <see cref="EnterpriseWindow"/> make the ticket major.</summary>
    public int EnterpriseCount { get; set; } = 10;

    public TimeSpan EnterpriseWindow { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How far back the first sweep looks; later sweeps start where the previous one ended.</summary>
    public TimeSpan FirstLookback { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Each sweep re-reads this much before its start, so a ticket committed late is still seen (rules are idempotent).</summary>
    public TimeSpan Overlap { get; set; } = TimeSpan.FromMinutes(10);
}
