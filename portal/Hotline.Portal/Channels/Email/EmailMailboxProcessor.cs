using Hotline.Grains.Abstractions.Tickets;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MimeKit;

namespace Hotline.Portal.Channels.Email;

/// <summary>
/// One pass over the hotline inbox: each message becomes a ticket, is answered with the number and moved to the processed
/// folder, in that order, so a crash at any point leaves the message in the inbox and the next pass finishes it with the
/// same ticket (the Message-ID is the idempotency key). A message that cannot be accepted is answered with the reason and
/// moved to the rejected folder.
/// </summary>
public sealed partial class EmailMailboxProcessor(
    EmailOptions options,
    EmailSubmissionReader reader,
    EmailReplySender replies,
    EmailAttachmentStore attachments,
    ITicketIntake intake,
    ILogger<EmailMailboxProcessor> logger)
{
    /// <summary>The IMAP keyword set once the citizen was answered, so a redelivered message is not answered twice.</summary>
    public const string RepliedKeyword = "$HotlineReplied";

    /// <summary>Processes every message now in the inbox; returns the inbox, open, for the caller to wait on.</summary>
    /// <remarks>A failure of the ticket store or the SMTP server propagates and leaves the message where it is.</remarks>
    public async Task<(IMailFolder Inbox, EmailPassResult Result)> ProcessAsync(ImapClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var processed = await FolderAsync(client, options.ProcessedFolder, cancellationToken);
        var rejected = await FolderAsync(client, options.RejectedFolder, cancellationToken);
        var inbox = await client.GetFolderAsync(options.InboxFolder, cancellationToken);
        await inbox.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
        int accepted = 0, refused = 0;
        foreach (var summary in await inbox.FetchAsync(await inbox.SearchAsync(SearchQuery.All, cancellationToken), MessageSummaryItems.UniqueId | MessageSummaryItems.Flags, cancellationToken))
        {
            var message = await inbox.GetMessageAsync(summary.UniqueId, cancellationToken);
            var replied = summary.Keywords?.Contains(RepliedKeyword) == true;
            if (await AcceptAsync(inbox, summary.UniqueId, message, replied, cancellationToken) is { } reason)
            {
                LogRejected(logger, message.MessageId, summary.UniqueId.Id, reason);
                if (!replied && EmailSubmissionReader.SenderOf(message) is { } sender)
                {
                    await replies.SendAsync(message, sender, EmailTexts.RejectedSubject(), EmailTexts.RejectedBody(reason), cancellationToken);
                }

                await inbox.MoveToAsync(summary.UniqueId, rejected, cancellationToken);
                refused++;
            }
            else
            {
                await inbox.MoveToAsync(summary.UniqueId, processed, cancellationToken);
                accepted++;
            }
        }

        return (inbox, new EmailPassResult(accepted, refused));
    }

    /// <summary>Stores the ticket and answers the citizen; the rejection reason, or null when accepted.</summary>
    private async Task<string?> AcceptAsync(IMailFolder inbox, UniqueId uid, MimeMessage message, bool replied, CancellationToken cancellationToken)
    {
        TicketSubmission submission;
        try
        {
            submission = await reader.ReadAsync(message, cancellationToken);
        }
        catch (EmailRejectedException ex)
        {
            return ex.Message;
        }

        TicketReceipt receipt;
        try
        {
            receipt = await intake.SubmitAsync(submission, cancellationToken);
        }
        catch (TicketValidationException ex)
        {
            attachments.Delete(submission.IdempotencyKey);
            return $"{ex.Field}: {ex.Message}";
        }

        LogAccepted(logger, message.MessageId, receipt.Number, receipt.Created);
        if (!replied)
        {
            await replies.SendAsync(message, EmailSubmissionReader.SenderOf(message)!, EmailTexts.AcceptedSubject(receipt.Number),
                EmailTexts.AcceptedBody(receipt.Number, receipt.Deadline), cancellationToken);
            await inbox.AddFlagsAsync(uid, MessageFlags.None, new HashSet<string> { RepliedKeyword }, true, cancellationToken);
        }

        return null;
    }

    private static async Task<IMailFolder> FolderAsync(ImapClient client, string name, CancellationToken cancellationToken)
    {
        try
        {
            return await client.GetFolderAsync(name, cancellationToken);
        }
        catch (FolderNotFoundException)
        {
            var root = client.GetFolder(client.PersonalNamespaces[0]);
            return await root.CreateAsync(name, true, cancellationToken)
                ?? throw new InvalidOperationException($"The IMAP server did not create the folder '{name}'.");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail {MessageId} is ticket {Number} (new: {Created})")]
    private static partial void LogAccepted(ILogger logger, string? messageId, string number, bool created);

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail {MessageId} (uid {Uid}) rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, string? messageId, uint uid, string reason);
}
