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

    /// <summary>The largest image accepted, in bytes.</summary>
    public long MaxImageBytes { get; set; } = 5 * 1024 * 1024;
}
