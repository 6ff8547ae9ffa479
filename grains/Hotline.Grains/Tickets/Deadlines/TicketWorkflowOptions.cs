namespace Hotline.Grains.Tickets.Deadlines;

/// <summary>Workflow settings that are numbers rather than steps (configuration section Hotline:Tickets:Workflow).</summary>
public sealed class TicketWorkflowOptions
{
    /// <summary>重办: how long after closing a ticket may still be reopened.</summary>
    public TimeSpan ReopenWindow { get; set; } = TimeSpan.FromDays(15);

    /// <summary>A visit with at least this satisfaction (1–5) counts as satisfied.</summary>
    public int SatisfiedFrom { get; set; } = 3;
}
