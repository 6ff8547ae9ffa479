namespace Hotline.Portal.Channels.Sms.Notifications;

/// <summary>Texts to citizens about their tickets (<c>Hotline:Channels:Sms:Notifications</c>).</summary>
public sealed class SmsNotificationOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Hotline:Channels:Sms:Notifications";

    /// <summary>Whether citizens are texted at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Which notifications are sent (names of <see cref="SmsNotificationKind"/>); empty means all.</summary>
    public IList<string> Kinds { get; } = [];

    /// <summary>How often the ticket history is read for new steps.</summary>
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often due texts are looked for.</summary>
    public TimeSpan SendInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The wait after the first failure; it doubles with every further failure.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>After this many failed attempts the text is given up (it stays listed with its error).</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Whether <paramref name="kind"/> is sent.</summary>
    public bool Sends(SmsNotificationKind kind) => Enabled && (Kinds.Count == 0 || Kinds.Contains(kind.ToString(), StringComparer.OrdinalIgnoreCase));
}
