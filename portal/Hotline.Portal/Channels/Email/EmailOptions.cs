using MailKit.Security;

namespace Hotline.Portal.Channels.Email;

/// <summary>The hotline mailbox (<c>Hotline:Channels:Email</c>); the channel is off unless <see cref="ImapHost"/> is set.</summary>
public sealed class EmailOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Hotline:Channels:Email";

    public string? ImapHost { get; set; }

    public int ImapPort { get; set; } = 993;

    /// <summary>None, Auto, StartTls, StartTlsWhenAvailable or SslOnConnect.</summary>
    public SecureSocketOptions ImapSecurity { get; set; } = SecureSocketOptions.Auto;

    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";

    public string InboxFolder { get; set; } = "INBOX";

    /// <summary>Where a message goes once its ticket is stored.</summary>
    public string ProcessedFolder { get; set; } = "processed";

    /// <summary>Where a message that cannot become a ticket goes (the reason is logged and mailed back).</summary>
    public string RejectedFolder { get; set; } = "rejected";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public SecureSocketOptions SmtpSecurity { get; set; } = SecureSocketOptions.Auto;

    /// <summary>SMTP credentials; none means the server accepts the hotline's mail without authentication.</summary>
    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>The address replies come from.</summary>
    public string FromAddress { get; set; } = "";

    public string FromName { get; set; } = "12328 交通运输服务监督热线";

    /// <summary>How often the mailbox is checked when the server has no IDLE, and the longest an IDLE lasts.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest attachment accepted, in bytes.</summary>
    public long MaxAttachmentBytes { get; set; } = 10 * 1024 * 1024;

    public int MaxAttachments { get; set; } = 10;

    /// <summary>The attachment MIME types accepted.</summary>
    public IList<string> AttachmentTypes { get; } =
        ["image/jpeg", "image/png", "image/gif", "application/pdf", "text/plain", "audio/mpeg", "audio/wav", "video/mp4"];

    /// <summary>Whether the mailbox is configured at all.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(ImapHost);
}
