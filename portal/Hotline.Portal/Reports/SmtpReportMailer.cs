using Hotline.Reports.Archive;
using System.Net;
using System.Net.Mail;
using Hotline.Reports.Sources;

namespace Hotline.Portal.Reports;

/// <summary>Mails reports as PDF attachments through the SMTP server in <c>Hotline:Reports:Mail</c>.</summary>
public sealed class SmtpReportMailer(ReportMailOptions options) : IReportMailer
{
    /// <inheritdoc />
    public async Task SendAsync(ArchivedReport entry, byte[] pdf, IReadOnlyList<string> recipients, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(recipients);
        if (recipients.Count == 0)
            return;
        using var message = new MailMessage { From = new MailAddress(options.From), Subject = entry.Title, Body = ReportMailText.Body(entry.Title, entry.From, entry.To) };
        foreach (var recipient in recipients)
            message.To.Add(recipient);
        using var attachment = new Attachment(new MemoryStream(pdf), entry.Id + ".pdf", "application/pdf");
        message.Attachments.Add(attachment);
        using var client = new SmtpClient(options.SmtpHost, options.Port) { EnableSsl = options.UseSsl };
        if (!string.IsNullOrEmpty(options.UserName))
            client.Credentials = new NetworkCredential(options.UserName, options.Password);
        await client.SendMailAsync(message, cancellationToken);
    }
}
