namespace Hotline.Grains.Knowledge;

/// <summary>Knowledge base settings (<c>Hotline:Knowledge</c>).</summary>
public sealed class KnowledgeOptions
{
    /// <summary>How long an edit lock lasts unless renewed.</summary>
    public TimeSpan LockDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A published article not reviewed for this many days is flagged stale.</summary>
    public int StaleAfterDays { get; set; } = 180;

    /// <summary>Where article images are kept (the host sets <c>&lt;DataDir&gt;/knowledge/images</c>).</summary>
    public string ImagesFolder { get; set; } = Path.Combine("data", "knowledge", "images");

    /// <summary>The on-disk search index (the host sets <c>&lt;DataDir&gt;/search/knowledge</c>); unset, the index lives in memory and is rebuilt from the store at every start.</summary>
    public string? SearchFolder { get; set; }

    /// <summary>How many days of tickets the editors' topic suggestions look at.</summary>
    public int SuggestionDays { get; set; } = 30;

    /// <summary>A topic is suggested once this many recent enquiry or complaint tickets mention it.</summary>
    public int SuggestionMinTickets { get; set; } = 3;

    /// <summary>The most recent tickets read for suggestions (bounds the cost of one request).</summary>
    public int SuggestionMaxTickets { get; set; } = 2000;

    /// <summary>The largest image accepted, in bytes.</summary>
    public long MaxImageBytes { get; set; } = 5 * 1024 * 1024;
}
