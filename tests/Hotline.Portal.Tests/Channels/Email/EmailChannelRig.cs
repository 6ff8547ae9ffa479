using Hotline.Grains.Abstractions.Tickets;
using Hotline.Portal.Channels.Email;
using MailKit.Security;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;

namespace Hotline.Portal.Tests.Channels.Email;

/// <summary>One test's hotline mailbox and citizen mailbox on the real servers, and the e-mail channel wired to a test intake.</summary>
public sealed class EmailChannelRig : IDisposable
{
    public EmailChannelRig(ITicketIntake intake)
    {
        Intake = intake;
        HotlineUser = TestMailServers.NewUser("hotline");
        CitizenUser = TestMailServers.NewUser("citizen");
        AttachmentFolder = Path.Combine(Path.GetTempPath(), "hotline-email-tests", Guid.NewGuid().ToString("N"));
        var (imapHost, imapPort) = TestMailServers.Imap;
        var (smtpHost, smtpPort) = TestMailServers.Smtp;
        Options = new EmailOptions
        {
            ImapHost = imapHost, ImapPort = imapPort, ImapSecurity = SecureSocketOptions.None,
            UserName = HotlineUser, Password = TestMailServers.Password,
            SmtpHost = smtpHost, SmtpPort = smtpPort, SmtpSecurity = SecureSocketOptions.None,
            FromAddress = $"{HotlineUser}@hotline.test",
            PollInterval = TimeSpan.FromSeconds(2),
            MaxAttachmentBytes = 64 * 1024,
        };
        var store = new EmailAttachmentStore(AttachmentFolder);
        Processor = new EmailMailboxProcessor(Options, new EmailSubmissionReader(Options, store), new EmailReplySender(Options), store, intake,
            NullLogger<EmailMailboxProcessor>.Instance);
    }

    public ITicketIntake Intake { get; }

    public string HotlineUser { get; }

    public string CitizenUser { get; }

    public string CitizenAddress => $"{CitizenUser}@citizen.test";

    public string AttachmentFolder { get; }

    public EmailOptions Options { get; }

    public EmailMailboxProcessor Processor { get; }

    /// <summary>A citizen's mail to the hotline.</summary>
    public MimeMessage Mail(string subject, string text, string? messageId = null)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("张先生", CitizenAddress));
        message.To.Add(new MailboxAddress("12328", Options.FromAddress));
        message.Subject = subject;
        message.MessageId = messageId ?? $"{Guid.NewGuid():N}@citizen.test";
        message.Body = new TextPart("plain") { Text = text };
        return message;
    }

    /// <summary>One pass of the processor on its own connection.</summary>
    public async Task<EmailPassResult> ProcessAsync(CancellationToken cancellationToken)
    {
        using var client = await TestMailServers.LoginAsync(HotlineUser, cancellationToken);
        var (_, result) = await Processor.ProcessAsync(client, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
        return result;
    }

    public Task<IReadOnlyList<MimeMessage>> HotlineFolderAsync(string folder, CancellationToken cancellationToken) =>
        TestMailServers.ReadAsync(HotlineUser, folder, cancellationToken);

    public Task<IReadOnlyList<MimeMessage>> CitizenInboxAsync(CancellationToken cancellationToken) =>
        TestMailServers.ReadAsync(CitizenUser, "INBOX", cancellationToken);

    public void Dispose()
    {
        if (Directory.Exists(AttachmentFolder))
        {
            Directory.Delete(AttachmentFolder, recursive: true);
        }
    }
}
