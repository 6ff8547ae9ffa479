using System.Security.Cryptography;
using Hotline.Grains.Abstractions.Tickets;
using MimeKit;

namespace Hotline.Portal.Channels.Email;

/// <summary>Turns a citizen's mail into a <see cref="TicketSubmission"/>: sender, subject and text (HTML made plain), attachments within the limits.</summary>
public sealed class EmailSubmissionReader(EmailOptions options, EmailAttachmentStore attachments)
{
    /// <summary>The longest description the ticket store accepts.</summary>
    public const int MaxDescriptionLength = 4000;

    private const int MaxKeyLength = 200;

    /// <summary>The idempotency key: the Message-ID, or a hash of the whole message when it has none (a redelivery hashes the same).</summary>
    public static string KeyOf(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!string.IsNullOrWhiteSpace(message.MessageId) && message.MessageId.Length <= MaxKeyLength)
        {
            return message.MessageId;
        }

        using var raw = new MemoryStream();
        message.WriteTo(raw);
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(raw.ToArray()));
    }

    /// <summary>The sender's address, or null when the message has none usable.</summary>
    public static MailboxAddress? SenderOf(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var sender = message.From.Mailboxes.FirstOrDefault();
        return sender is not null && sender.Address.Contains('@', StringComparison.Ordinal) && sender.Address.Length <= 254 ? sender : null;
    }

    /// <summary>The submission; throws <see cref="EmailRejectedException"/> naming what is wrong.</summary>
    public async Task<TicketSubmission> ReadAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var sender = SenderOf(message) ?? throw new EmailRejectedException("The message has no usable From address (missing, malformed or longer than 254 characters).");
        var text = TextOf(message);
        var subject = message.Subject?.Trim() ?? "";
        if (text.Length == 0 && subject.Length == 0)
        {
            throw new EmailRejectedException("The message has neither a subject nor any text.");
        }

        var files = AttachmentsOf(message);
        var key = KeyOf(message);
        return new TicketSubmission
        {
            Channel = TicketChannel.Email,
            IdempotencyKey = key,
            Type = TicketType.Enquiry,
            CitizenName = string.IsNullOrWhiteSpace(sender.Name) ? null : sender.Name.Trim(),
            CitizenEmail = sender.Address,
            Description = Describe(subject, text),
            Attachments = await attachments.SaveAsync(key, files, cancellationToken),
        };
    }

    private static string Describe(string subject, string text)
    {
        var description = subject.Length == 0 ? text : text.Length == 0 ? subject : $"{subject}\n\n{text}";
        // A long mail still becomes a ticket: the handler reads the rest in the processed folder.
        return description.Length <= MaxDescriptionLength ? description : description[..(MaxDescriptionLength - 1)] + "…";
    }

    private static string TextOf(MimeMessage message)
    {
        if (message.TextBody is { } plain && !string.IsNullOrWhiteSpace(plain))
        {
            return plain.Trim();
        }

        return message.HtmlBody is { } html ? EmailHtmlText.Convert(html).Trim() : "";
    }

    private List<MimePart> AttachmentsOf(MimeMessage message)
    {
        var parts = message.Attachments.OfType<MimePart>().ToList();
        if (parts.Count > options.MaxAttachments)
        {
            throw new EmailRejectedException($"The message has {parts.Count} attachments; at most {options.MaxAttachments} are accepted.");
        }

        foreach (var part in parts)
        {
            var type = part.ContentType.MimeType.ToLowerInvariant();
            if (!options.AttachmentTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
            {
                throw new EmailRejectedException($"The attachment '{part.FileName}' is of type {type}; accepted types are {string.Join(", ", options.AttachmentTypes)}.");
            }

            var size = DecodedSize(part);
            if (size > options.MaxAttachmentBytes)
            {
                throw new EmailRejectedException($"The attachment '{part.FileName}' has {size} bytes; at most {options.MaxAttachmentBytes} are accepted.");
            }
        }

        return parts;
    }

    private static long DecodedSize(MimePart part)
    {
        using var counter = new MimeKit.IO.MeasuringStream();
        part.Content?.DecodeTo(counter);
        return counter.Length;
    }
}
