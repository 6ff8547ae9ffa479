namespace Hotline.Analytics.Analyses;

/// <summary>Tickets over a range of local days: taken in, closed (and closed within the deadline), and still open or overdue at its end.</summary>
/// <param name="Received">Tickets created in the range (受理).</param>
/// <param name="Closed">Close events in the range (结案).</param>
/// <param name="ClosedOnTime">Of those, closed within the deadline after creation.</param>
/// <param name="OpenAtEnd">Tickets created in the look-back window before the range's end whose latest step by then was not a close or merge.</param>
/// <param name="OverdueAtEnd">Of those, created longer than the deadline before the end.</param>
public sealed record TicketFlow(long Received, long Closed, long ClosedOnTime, long OpenAtEnd, long OverdueAtEnd)
{
    /// <summary>Closed on time ÷ closed, null when none closed.</summary>
    public double? OnTimeClosureRate => Closed == 0 ? null : (double)ClosedOnTime / Closed;
}
