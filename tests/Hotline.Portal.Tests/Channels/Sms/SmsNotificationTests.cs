using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Store;
using Hotline.Portal.Channels.Sms;
using Hotline.Portal.Channels.Sms.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.Tests.Channels.Sms;

/// <summary>Citizens are texted on a real SQLite ticket store: the number on intake, the survey when the reply is approved, the result on closing — each once.</summary>
[Trait("Category", "Integration")]
public sealed class SmsNotificationTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hotline-sms-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly IDbContextFactory<OperationalDbContext> _contexts;
    private readonly SmsNotificationOptions _settings = new() { FirstRetryDelay = TimeSpan.FromMilliseconds(1), MaxRetryDelay = TimeSpan.FromMilliseconds(1) };
    private long _historyId;

    public SmsNotificationTests()
    {
        Directory.CreateDirectory(_folder);
        _contexts = new PooledDbContextFactory<OperationalDbContext>(new DbContextOptionsBuilder<OperationalDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_folder, "hotline.db")};Pooling=False").Options);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed class Monitor(SmsNotificationOptions value) : IOptionsMonitor<SmsNotificationOptions>
    {
        public SmsNotificationOptions CurrentValue => value;
        public SmsNotificationOptions Get(string? name) => value;
        public IDisposable? OnChange(Action<SmsNotificationOptions, string?> listener) => null;
    }

    /// <summary>A gateway that refuses the first <paramref name="failures"/> texts, then records.</summary>
    private sealed class FlakyGateway(int failures) : ISmsGateway
    {
        private int _left = failures;
        public RecordingSmsGateway Taken { get; } = new();
        public int Calls { get; private set; }

        public Task SendAsync(string phone, string text, CancellationToken cancellationToken)
        {
            Calls++;
            if (_left-- > 0)
                throw new HttpRequestException("gateway busy (HTTP 503)");
            return Taken.SendAsync(phone, text, cancellationToken);
        }
    }

    private async Task<(SmsNotificationStore Store, SmsNotificationScanner Scanner, SmsNotificationSender Sender)> StartAsync(ISmsGateway gateway)
    {
        await using (var db = await _contexts.CreateDbContextAsync(Ct))
            await TicketStoreSchema.EnsureAsync(db, Ct);
        var store = new SmsNotificationStore(_contexts);
        await store.EnsureSchemaAsync(Ct);
        var monitor = new Monitor(_settings);
        return (store, new SmsNotificationScanner(_contexts, store, monitor, TimeProvider.System),
            new SmsNotificationSender(store, gateway, monitor, TimeProvider.System, NullLogger<SmsNotificationSender>.Instance));
    }

    private async Task AddTicketAsync(string number, TicketChannel channel, string? phone, TicketType type = TicketType.Complaint)
    {
        await using var db = await _contexts.CreateDbContextAsync(Ct);
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        db.Add(new TicketRecord
        {
            Number = number, Type = type.ToString(), Channel = channel.ToString(), CitizenPhone = phone, Description = "出租车拒载",
            State = nameof(TicketState.Intake), Version = 1, CreatedAtUnixMs = now, UpdatedAtUnixMs = now,
            DeadlineUnixMs = new DateTimeOffset(2026, 12, 3, 9, 30, 0, TimeSpan.FromHours(8)).ToUnixTimeMilliseconds(),
        });
        await db.SaveChangesAsync(Ct);
        await StepAsync(number, 1, null, TicketState.Intake);
    }

    /// <summary>A workflow step as the ticket grain writes it: the history entry and the ticket's new state (and reply).</summary>
    private async Task StepAsync(string number, int sequence, TicketState? from, TicketState to, string? reply = null)
    {
        await using var db = await _contexts.CreateDbContextAsync(Ct);
        db.Add(new TicketHistoryRecord
        {
            Id = ++_historyId, TicketNumber = number, Sequence = sequence, Action = to.ToString().ToLowerInvariant(), Actor = "unit-1",
            AtUnixMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), FromState = from?.ToString(), ToState = to.ToString(),
        });
        var ticket = await db.Set<TicketRecord>().SingleAsync(t => t.Number == number, Ct);
        ticket.State = to.ToString();
        ticket.Reply = reply ?? ticket.Reply;
        await db.SaveChangesAsync(Ct);
    }

    [Fact]
    public async Task Each_step_worth_a_text_is_texted_once_and_channels_that_already_answered_get_no_receipt()
    {
        var gateway = new RecordingSmsGateway();
        var (store, scanner, sender) = await StartAsync(gateway);
        await scanner.ScanAsync(Ct);
        await AddTicketAsync("12328-20261128-0000001", TicketChannel.Phone, "13800138001");
        await AddTicketAsync("12328-20261128-0000002", TicketChannel.Sms, "13800138002");
        await AddTicketAsync("12328-20261128-0000003", TicketChannel.Web, phone: null);
        await StepAsync("12328-20261128-0000001", 2, TicketState.Intake, TicketState.Dispatched);
        await StepAsync("12328-20261128-0000001", 3, TicketState.Handling, TicketState.Replied, "已约谈出租车公司，对驾驶员罚款 200 元");
        await StepAsync("12328-20261128-0000001", 4, TicketState.Replied, TicketState.Reviewed);
        await StepAsync("12328-20261128-0000001", 5, TicketState.Visited, TicketState.Closed);

        Assert.Equal(3, await scanner.ScanAsync(Ct));
        Assert.Equal(0, await scanner.ScanAsync(Ct));
        Assert.Equal(3, await sender.SendDueAsync(Ct));
        Assert.Equal(0, await sender.SendDueAsync(Ct));

        Assert.Equal(["Received", "Survey", "Closed"], (await store.ForTicketAsync("12328-20261128-0000001", Ct)).Select(n => n.Kind));
        Assert.Empty(await store.ForTicketAsync("12328-20261128-0000002", Ct));
        var texts = gateway.Sent.ToList();
        Assert.All(texts, t => Assert.Equal("13800138001", t.Phone));
        Assert.Contains("工单号 12328-20261128-0000001，我们将在 12月3日 09:30 前答复", texts[0].Text, StringComparison.Ordinal);
        Assert.Contains("请回复一个数字评价", texts[1].Text, StringComparison.Ordinal);
        Assert.Contains("已办结。办理结果：已约谈出租车公司，对驾驶员罚款 200 元", texts[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_enquiry_whose_workflow_has_no_return_visit_gets_no_survey()
    {
        var (store, scanner, _) = await StartAsync(new RecordingSmsGateway());
        await scanner.ScanAsync(Ct);
        await AddTicketAsync("12328-20261128-0000041", TicketChannel.Phone, "13800138041", TicketType.Enquiry);
        await StepAsync("12328-20261128-0000041", 2, TicketState.Replied, TicketState.Reviewed);

        await scanner.ScanAsync(Ct);

        Assert.Equal(["Received"], (await store.ForTicketAsync("12328-20261128-0000041", Ct)).Select(n => n.Kind));
    }

    [Fact]
    public async Task A_refusing_gateway_is_retried_and_every_attempt_is_recorded()
    {
        var gateway = new FlakyGateway(failures: 2);
        var (store, scanner, sender) = await StartAsync(gateway);
        await scanner.ScanAsync(Ct);
        await AddTicketAsync("12328-20261128-0000011", TicketChannel.Voicemail, "13800138011");
        await scanner.ScanAsync(Ct);

        await sender.SendDueAsync(Ct);
        var refused = (await store.ForTicketAsync("12328-20261128-0000011", Ct)).Single();
        Assert.Equal((1, "busy"), (refused.Attempts, refused.LastError is { } e && e.Contains("HTTP 503", StringComparison.Ordinal) ? "busy" : refused.LastError));
        Assert.NotNull(refused.NextAttemptUnixMs);
        // The back-off here is a millisecond: a few passes reach the third attempt.
        for (var pass = 0; pass < 200 && gateway.Taken.Sent.IsEmpty; pass++)
        {
            await sender.SendDueAsync(Ct);
            await Task.Delay(5, Ct);
        }

        var sent = (await store.ForTicketAsync("12328-20261128-0000011", Ct)).Single();
        Assert.Equal(3, gateway.Calls);
        Assert.Equal(3, sent.Attempts);
        Assert.NotNull(sent.SentAtUnixMs);
        Assert.Null(sent.NextAttemptUnixMs);
        Assert.Single(gateway.Taken.Sent);
    }

    [Fact]
    public async Task Steps_taken_before_texts_were_switched_on_are_not_texted()
    {
        var gateway = new RecordingSmsGateway();
        var (store, scanner, _) = await StartAsync(gateway);
        await AddTicketAsync("12328-20261128-0000021", TicketChannel.Phone, "13800138021");

        Assert.Equal(0, await scanner.ScanAsync(Ct));
        await StepAsync("12328-20261128-0000021", 2, TicketState.Visited, TicketState.Closed, "已处理");
        Assert.Equal(1, await scanner.ScanAsync(Ct));
        Assert.Equal(["Closed"], (await store.ForTicketAsync("12328-20261128-0000021", Ct)).Select(n => n.Kind));
    }

    [Fact]
    public async Task Only_the_configured_kinds_are_texted()
    {
        _settings.Kinds.Add("Closed");
        var (store, scanner, _) = await StartAsync(new RecordingSmsGateway());
        await scanner.ScanAsync(Ct);
        await AddTicketAsync("12328-20261128-0000031", TicketChannel.Phone, "13800138031");
        await StepAsync("12328-20261128-0000031", 2, TicketState.Visited, TicketState.Closed, "已处理");

        await scanner.ScanAsync(Ct);

        Assert.Equal(["Closed"], (await store.ForTicketAsync("12328-20261128-0000031", Ct)).Select(n => n.Kind));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
