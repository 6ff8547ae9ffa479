namespace Hotline.Grains.Tickets.Store;

/// <summary>A row recording that one ticket was merged (并案) into another, written by the target's grain.</summary>
public sealed class TicketMergeRecord
{
    public required string SourceNumber { get; set; }
    public required string TargetNumber { get; set; }
    public required string Actor { get; set; }
    public long AtUnixMs { get; set; }
    /// <summary>The target's history sequence of the absorb step: what the target does after it also answers the source's citizen.</summary>
    public int TargetSequence { get; set; }
}
