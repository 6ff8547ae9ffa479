namespace Hotline.Grains.Tickets.Deadlines;

/// <summary>The sweeper's stored progress: up to when the major-complaint rules have looked at new tickets.</summary>
[GenerateSerializer, Alias("Hotline.Tickets.TicketSweepState")]
public sealed class TicketSweepState
{
    /// <summary>Unix milliseconds; 0 before the first sweep.</summary>
    [Id(0)] public long MajorCheckedUpToUnixMs { get; set; }
}
