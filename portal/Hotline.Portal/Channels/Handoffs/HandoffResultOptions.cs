namespace Hotline.Portal.Channels.Handoffs;

/// <summary>The 转办/交办 result webhook settings (<c>Hotline:Channels:Handoffs</c>).</summary>
public sealed class HandoffResultOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Hotline:Channels:Handoffs";

    /// <summary>The signing secret for partners that have no <c>ResultSecret</c> of their own.</summary>
    public string Secret { get; set; } = "";

    /// <summary>The ticket states whose result is posted back (names of <c>TicketState</c>).</summary>
    public IList<string> States { get; } = [];

    /// <summary>How often the store is scanned for changed handoff tickets.</summary>
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often due deliveries are looked for.</summary>
    public TimeSpan SendInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The wait after the first failure; it doubles with every further failure.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>After this many failed attempts the delivery is given up (still listed, as failed).</summary>
    public int MaxAttempts { get; set; } = 30;

    /// <summary>How long one POST may take; a delivery being sent is not picked up again for twice this long (a crash mid-send retries it then).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The states used when <see cref="States"/> is empty: the unit's reply, its approval and the closing.</summary>
    public static IReadOnlyList<string> DefaultStates { get; } = ["Replied", "Reviewed", "Closed"];

    /// <summary>The configured states, or <see cref="DefaultStates"/>.</summary>
    public IReadOnlyList<string> EffectiveStates() => States.Count > 0 ? [.. States] : DefaultStates;
}
