namespace Hotline.Grains.Tickets.Duplicates;

/// <summary>查重 settings (<c>Hotline:Tickets:Duplicates</c>): how far apart in time duplicates may be, how alike, and how much each reason weighs.</summary>
public sealed class TicketDuplicateOptions
{
    /// <summary>Tickets of the same citizen phone this close in time are candidates.</summary>
    public TimeSpan PhoneWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Tickets about the same plate, enterprise or route this close in time are candidates.</summary>
    public TimeSpan SubjectWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Tickets with a similar description this close in time are candidates.</summary>
    public TimeSpan TextWindow { get; set; } = TimeSpan.FromDays(3);

    /// <summary>The TF-IDF cosine of two descriptions from which they count as similar (0 to 1).</summary>
    public double TextThreshold { get; set; } = 0.35;

    /// <summary>The weight of the same phone.</summary>
    public double PhoneWeight { get; set; } = 0.5;

    /// <summary>The weight of the same plate (a vehicle is specific).</summary>
    public double PlateWeight { get; set; } = 0.6;

    /// <summary>The weight of the same enterprise (many tickets concern a big one).</summary>
    public double EnterpriseWeight { get; set; } = 0.3;

    /// <summary>The weight of the same route.</summary>
    public double RouteWeight { get; set; } = 0.3;

    /// <summary>How many tickets each reason looks at (most recent first for phone and subject, best text match first for text).</summary>
    public int PoolSize { get; set; } = 50;

    /// <summary>A word in more than this share of all tickets does not look for text candidates (it still weighs in the similarity).</summary>
    public double CommonWordShare { get; set; } = 0.05;

    /// <summary>How many candidates are returned.</summary>
    public int MaxCandidates { get; set; } = 10;
}
