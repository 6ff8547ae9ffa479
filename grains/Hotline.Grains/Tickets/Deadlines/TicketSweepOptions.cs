namespace Hotline.Grains.Tickets.Deadlines;

/// <summary>How the deadline sweeper runs (configuration section Hotline:Tickets:Sweep).</summary>
public sealed class TicketSweepOptions
{
    /// <summary>催办 falls due when this share of the time between start and deadline has passed (0.8: at 80 %).</summary>
    public double UrgeShare { get; set; } = 0.8;

    /// <summary>How often the reminder wakes the sweeper (Orleans reminders need at least a minute).</summary>
    public TimeSpan Period { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Tickets read per store query; a sweep reads page after page until nothing is due.</summary>
    public int PageSize { get; set; } = 200;

    /// <summary>Grain calls in flight at once within a page. SQLite has one writer and parallel writes wait on its lock (the
    /// 1,050-ticket sweep test ran about 110 s at 4 and under 20 s at 1 on two cores), so 1 is the default; raise it on PostgreSQL.</summary>
    public int Parallelism { get; set; } = 1;
}
