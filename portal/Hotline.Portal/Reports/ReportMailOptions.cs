namespace Hotline.Portal.Reports;

/// <summary><c>Hotline:Reports:Mail</c>: the SMTP server scheduled reports are mailed through; without a host they are only logged.</summary>
public sealed class ReportMailOptions
{
    /// <summary>The SMTP server; empty means no mail (the log mailer).</summary>
    public string SmtpHost { get; set; } = "";

    /// <summary>The SMTP port.</summary>
    public int Port { get; set; } = 25;

    /// <summary>Whether to use TLS.</summary>
    public bool UseSsl { get; set; }

    /// <summary>The sender address.</summary>
    public string From { get; set; } = "reports@hotline.local";

    /// <summary>The SMTP user, if the server wants one.</summary>
    public string? UserName { get; set; }

    /// <summary>The SMTP password.</summary>
    public string? Password { get; set; }
}
