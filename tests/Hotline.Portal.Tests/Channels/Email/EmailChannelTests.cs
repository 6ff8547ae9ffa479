using Hotline.Grains.Abstractions.Tickets;
using Hotline.Portal.Channels.Email;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Hotline.Portal.Tests.Channels.Email;

/// <summary>The e-mail channel against real servers on loopback: dovecot over IMAP for the hotline mailbox, aiosmtpd for the replies (read back over IMAP).</summary>
[Trait("Category", "Integration")]
public sealed class EmailChannelTests : IDisposable
{
    private readonly InMemoryTicketIntake tickets = new();
    private readonly EmailChannelRig rig;

    public EmailChannelTests() => rig = new EmailChannelRig(tickets);

    public void Dispose() => rig.Dispose();

    [Fact]
    public async Task A_mail_becomes_a_ticket_is_answered_with_the_number_and_moved_to_processed()
    {
        var ct = TestContext.Current.CancellationToken;
        var mail = rig.Mail("出租车拒载", "今天下午在火车站，出租车拒载。");
        await TestMailServers.AppendAsync(rig.HotlineUser, mail, ct);

        Assert.Equal(new EmailPassResult(1, 0), await rig.ProcessAsync(ct));

        var (number, ticket) = Assert.Single(tickets.Tickets);
        Assert.Equal(TicketChannel.Email, ticket.Channel);
        Assert.Equal(mail.MessageId, ticket.IdempotencyKey);
        Assert.Equal(rig.CitizenAddress, ticket.CitizenEmail);
        Assert.Equal("张先生", ticket.CitizenName);
        Assert.Equal("出租车拒载\n\n今天下午在火车站，出租车拒载。", ticket.Description);
        var reply = Assert.Single(await rig.CitizenInboxAsync(ct));
        Assert.Contains(number, reply.Subject, StringComparison.Ordinal);
        Assert.Contains(number, reply.TextBody, StringComparison.Ordinal);
        Assert.Contains("受理", reply.TextBody, StringComparison.Ordinal);
        Assert.Equal(mail.MessageId, reply.InReplyTo);
        Assert.Empty(await rig.HotlineFolderAsync("INBOX", ct));
        Assert.Equal(mail.MessageId, Assert.Single(await rig.HotlineFolderAsync(rig.Options.ProcessedFolder, ct)).MessageId);
    }

    [Fact]
    public async Task A_redelivered_mail_yields_the_same_ticket()
    {
        var ct = TestContext.Current.CancellationToken;
        var mail = rig.Mail("公交车未到站", "12路公交车没有停靠。", "redelivered-1@citizen.test");
        await TestMailServers.AppendAsync(rig.HotlineUser, mail, ct);
        await rig.ProcessAsync(ct);
        await TestMailServers.AppendAsync(rig.HotlineUser, mail, ct);

        Assert.Equal(new EmailPassResult(1, 0), await rig.ProcessAsync(ct));

        Assert.Single(tickets.Tickets);
        Assert.Equal(2, (await rig.HotlineFolderAsync(rig.Options.ProcessedFolder, ct)).Count);
    }

    [Fact]
    public async Task An_html_mail_with_an_attachment_stores_the_file_and_plain_text()
    {
        var ct = TestContext.Current.CancellationToken;
        var mail = rig.Mail("投诉", "");
        var photo = new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4 };
        var body = new BodyBuilder { HtmlBody = "<html><head><style>p{}</style></head><body><p>车牌 <b>粤A12345</b></p><p>多收费&amp;绕路</p></body></html>" };
        body.Attachments.Add("../../现场.jpg", photo, new ContentType("image", "jpeg"));
        mail.Body = body.ToMessageBody();
        await TestMailServers.AppendAsync(rig.HotlineUser, mail, ct);

        await rig.ProcessAsync(ct);

        var ticket = Assert.Single(tickets.Tickets).Value;
        Assert.Equal("投诉\n\n车牌 粤A12345\n多收费&绕路", ticket.Description);
        var attachment = Assert.Single(ticket.Attachments);
        Assert.Equal("现场.jpg", attachment.FileName);
        Assert.Equal("image/jpeg", attachment.ContentType);
        Assert.Equal(photo.Length, attachment.Size);
        Assert.StartsWith(rig.AttachmentFolder, attachment.StoragePath, StringComparison.Ordinal);
        Assert.Equal(photo, await File.ReadAllBytesAsync(attachment.StoragePath, ct));
    }

    [Fact]
    public async Task A_mail_without_a_sender_is_moved_to_rejected()
    {
        var ct = TestContext.Current.CancellationToken;
        var mail = rig.Mail("无发件人", "内容");
        mail.From.Clear();
        await TestMailServers.AppendAsync(rig.HotlineUser, mail, ct);

        Assert.Equal(new EmailPassResult(0, 1), await rig.ProcessAsync(ct));

        Assert.Empty(tickets.Tickets);
        Assert.Single(await rig.HotlineFolderAsync(rig.Options.RejectedFolder, ct));
        Assert.Empty(await rig.HotlineFolderAsync("INBOX", ct));
    }

    [Fact]
    public async Task A_mail_with_a_forbidden_attachment_is_rejected_and_the_sender_told_why()
    {
        var ct = TestContext.Current.CancellationToken;
        var mail = rig.Mail("附件", "请看附件");
        var body = new BodyBuilder { TextBody = "请看附件" };
        body.Attachments.Add("run.exe", [0x4D, 0x5A], new ContentType("application", "x-msdownload"));
        mail.Body = body.ToMessageBody();
        await TestMailServers.AppendAsync(rig.HotlineUser, mail, ct);

        Assert.Equal(new EmailPassResult(0, 1), await rig.ProcessAsync(ct));

        Assert.Empty(tickets.Tickets);
        Assert.Single(await rig.HotlineFolderAsync(rig.Options.RejectedFolder, ct));
        var reply = Assert.Single(await rig.CitizenInboxAsync(ct));
        Assert.Contains("未能受理", reply.Subject, StringComparison.Ordinal);
        Assert.Contains("run.exe", reply.TextBody, StringComparison.Ordinal);
        Assert.Contains("application/x-msdownload", reply.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_failure_leaves_the_mail_in_the_inbox_and_the_next_pass_makes_the_ticket()
    {
        var ct = TestContext.Current.CancellationToken;
        using var failing = new EmailChannelRig(new FailingTicketIntake(tickets, failures: 1));
        var mail = failing.Mail("夜间施工", "噪音扰民");
        await TestMailServers.AppendAsync(failing.HotlineUser, mail, ct);

        await Assert.ThrowsAsync<InvalidOperationException>(() => failing.ProcessAsync(ct));
        Assert.Empty(tickets.Tickets);
        Assert.Single(await failing.HotlineFolderAsync("INBOX", ct));
        Assert.Empty(await failing.CitizenInboxAsync(ct));

        Assert.Equal(new EmailPassResult(1, 0), await failing.ProcessAsync(ct));
        Assert.Single(tickets.Tickets);
        Assert.Single(await failing.CitizenInboxAsync(ct));
        Assert.Empty(await failing.HotlineFolderAsync("INBOX", ct));
    }

    // The bound only ends a broken run; nothing is measured.
    [Fact(Timeout = 120_000)]
    public async Task The_background_service_picks_up_a_mail_that_arrives_while_it_idles()
    {
        var ct = TestContext.Current.CancellationToken;
        var services = new ServiceCollection()
            .AddSingleton(rig.Processor).BuildServiceProvider();
        await using var _ = services;
        using var service = new EmailIntakeService(Options.Create(rig.Options), services, TimeProvider.System, NullLogger<EmailIntakeService>.Instance);
        await service.StartAsync(ct);
        try
        {
            await TestMailServers.AppendAsync(rig.HotlineUser, rig.Mail("咨询", "地铁几点收班？"), ct);
            while (tickets.Tickets.Count == 0)
            {
                await Task.Delay(50, ct);
            }
        }
        finally
        {
            await service.StopAsync(ct);
        }

        Assert.Equal(TicketChannel.Email, Assert.Single(tickets.Tickets).Value.Channel);
    }
}
