namespace Hotline.Grains.Tickets.Search;

/// <summary>Ticket search settings (<c>Hotline:Tickets:Search</c>).</summary>
public sealed class TicketSearchOptions
{
    /// <summary>The Lucene index folder (the host sets <c>&lt;DataDir&gt;/search/tickets</c>).</summary>
    public string IndexFolder { get; set; } = Path.Combine("data", "search", "tickets");

    /// <summary>How often the index reads the ticket changes written since its last look.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long after a change is written it is taken as settled: on PostgreSQL a transaction can commit a lower history id
    /// after a higher one, so the index's watermark moves only past changes older than this (newer ones are looked at again, not re-indexed).</summary>
    public TimeSpan SettleTime { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>History rows read per catch-up step, and tickets per rebuild step.</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>The subject's (enterprise, plate, route, place) weight against description and reply: it names what the ticket is about, like a title.</summary>
    public float SubjectBoost { get; set; } = 3f;

    /// <summary>The reply's weight against the description.</summary>
    public float ReplyBoost { get; set; } = 0.5f;

    /// <summary>How deep paging goes (page × page size); deeper pages cost more than users need.</summary>
    public int MaxDepth { get; set; } = 10_000;
}
