using MailKit.Net.Smtp;
using MimeKit;

namespace Hotline.Portal.Channels.Email;

/// <summary>Mails the hotline's answer to a citizen over SMTP, threaded under the citizen's message.</summary>
public sealed class EmailReplySender(EmailOptions options)
{
    /// <summary>Sends <paramref name="body"/> to the sender of <paramref name="original"/>.</summary>
    public async Task SendAsync(MimeMessage original, MailboxAddress to, string subject, string body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(original);
        var reply = new MimeMessage();
        reply.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        reply.To.Add(to);
        reply.Subject = subject;
        if (!string.IsNullOrEmpty(original.MessageId))
        {
            reply.InReplyTo = original.MessageId;
            reply.References.AddRange(original.References);
            reply.References.Add(original.MessageId);
        }

        reply.Body = new TextPart("plain") { Text = body };
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(
            options.SmtpHost ?? throw new InvalidOperationException($"{EmailOptions.SectionName}:SmtpHost is not set; replies cannot be sent."), options.SmtpPort, options.SmtpSecurity, cancellationToken);
        if (!string.IsNullOrEmpty(options.SmtpUserName))
        {
            await smtp.AuthenticateAsync(options.SmtpUserName, options.SmtpPassword ?? "", cancellationToken);
        }

        await smtp.SendAsync(reply, cancellationToken);
        await smtp.DisconnectAsync(true, cancellationToken);
    }
}
