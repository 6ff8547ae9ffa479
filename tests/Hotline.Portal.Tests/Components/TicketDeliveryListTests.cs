using Bunit;
using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Store;
using Hotline.Portal.Channels;
using Hotline.Portal.Channels.Handoffs;
using Hotline.Portal.Channels.Sms.Notifications;
using Hotline.Portal.Components.Pages.Tickets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Portal.Tests.Components;

/// <summary>
/// 通知与回调 on the ticket page, read from the real SQLite queues: the citizen's texts and the results posted to a handoff partner, oldest first,
/// with where each stands (sent, waiting, failed with the last error) in Chinese; what the queues hold is shown as text, never as markup.
/// </summary>
[Trait("Category", "Integration")]
public sealed class TicketDeliveryListTests : TicketPageTest
{
    private static readonly DateTimeOffset Queued = new(2026, 11, 27, 10, 0, 0, TimeSpan.FromHours(8));
    private readonly string _path = Path.Combine(Path.GetTempPath(), "hotline-deliveries-" + Guid.NewGuid().ToString("N")[..12] + ".db");
    private readonly IDbContextFactory<OperationalDbContext> _contexts;
    private readonly SmsNotificationStore _texts;
    private readonly HandoffDeliveryStore _handoffs;

    public TicketDeliveryListTests()
    {
        _contexts = new PooledDbContextFactory<OperationalDbContext>(new DbContextOptionsBuilder<OperationalDbContext>().UseSqlite($"Data Source={_path}").Options);
        _texts = new SmsNotificationStore(_contexts);
        _handoffs = new HandoffDeliveryStore(_contexts);
        Services.AddSingleton(_texts);
        Services.AddSingleton(_handoffs);
        Services.AddSingleton<TicketDeliveryLog>();
    }

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    private async Task CreateQueuesAsync()
    {
        await using (var db = await _contexts.CreateDbContextAsync(Ct))
            await TicketStoreSchema.EnsureAsync(db, Ct);
        await _texts.EnsureSchemaAsync(Ct);
        await _handoffs.EnsureSchemaAsync(Ct);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            File.Delete(_path);
        }
    }

    [Fact]
    public async Task The_log_lists_both_queues_oldest_first_with_each_deliverys_standing()
    {
        await QueueTicketT1Async();
        await _texts.QueueAsync(Text(99, "T2", SmsNotificationKind.Received, "别的工单"), Ct);

        var rows = await new TicketDeliveryLog(Services).ForTicketAsync("T1", Ct);

        Assert.Equal(
            [
                (nameof(SmsNotificationKind.Received), TicketDeliveryStatus.Delivered, 1),
                (TicketDeliveryRow.HandoffKind, TicketDeliveryStatus.GivenUp, 5),
                (nameof(SmsNotificationKind.Survey), TicketDeliveryStatus.Pending, 0),
            ],
            rows.Select(r => (r.Kind, r.Status, r.Attempts)));
        Assert.Equal(("13800138000", "partner-a", nameof(TicketState.Replied)), (rows[0].Recipient, rows[1].Recipient, rows[1].Content));
        Assert.Equal(Queued.AddMinutes(1), rows[0].DoneAt);
        Assert.Equal("HTTP 500 from https://partner.example/cb", rows[1].LastError);
        Assert.Empty(await new TicketDeliveryLog(Services).ForTicketAsync("T-none", Ct));
    }

    [Fact]
    public async Task The_ticket_page_shows_the_deliveries_in_chinese_and_their_text_as_text()
    {
        await QueueTicketT1Async();
        Grains.Add(Snapshot("T1", TicketState.Replied, unit: "unit-a"),
            new TicketHistoryEntry(Queued, "8001", "intake", null, TicketState.Intake, "出租车司机拒载"));
        User.SignIn("8001", null, PlatformRole.Agent);

        var page = ShowPage<TicketDetail>(p => p.Add(c => c.Number, "T1"));

        // The queues are read after the ticket, on SQLite's own time.
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=delivery-row]").Count));
        var rows = page.FindAll("[data-testid=delivery-row]");
        Assert.Equal(["Received", "Handoff", "Survey"], rows.Select(r => r.GetAttribute("data-kind")));
        Assert.Contains("受理短信", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("已送达", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("<b>工单号</b> T1", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Empty(rows[0].QuerySelectorAll("b"));
        Assert.Contains("转办结果回调", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("回报状态：已反馈", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("发送失败", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("HTTP 500", rows[1].QuerySelector("[data-testid=delivery-error]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("待发送", rows[2].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ticket_with_no_deliveries_says_so()
    {
        await CreateQueuesAsync();
        Grains.Add(Snapshot("T3", TicketState.Intake), new TicketHistoryEntry(Queued, "8001", "intake", null, TicketState.Intake, null));
        User.SignIn("8001", null, PlatformRole.Agent);

        var page = ShowPage<TicketDetail>(p => p.Add(c => c.Number, "T3"));

        page.WaitForElement("[data-testid=ticket-deliveries]");
        Assert.Empty(page.FindAll("[data-testid=delivery-row]"));
        Assert.Contains("暂无短信通知或转办结果回调", page.Find("[data-testid=ticket-deliveries]").TextContent, StringComparison.Ordinal);
    }

    // T1: the receipt text sent at the first try, the partner's result given up after five, the survey waiting for its first try.
    private async Task QueueTicketT1Async()
    {
        await CreateQueuesAsync();
        var received = Text(1, "T1", SmsNotificationKind.Received, "<b>工单号</b> T1");
        await _texts.QueueAsync(received, Ct);
        await _texts.RecordAttemptAsync(received, 1, null, Queued.AddMinutes(1).ToUnixTimeMilliseconds(), null, Ct);
        var result = new HandoffDelivery
        {
            TicketNumber = "T1", TicketVersion = 4, PartnerId = "partner-a", State = nameof(TicketState.Replied), Url = "https://partner.example/cb",
            Payload = "{}", NextAttemptUnixMs = Queued.AddMinutes(5).ToUnixTimeMilliseconds(), CreatedAtUnixMs = Queued.AddMinutes(5).ToUnixTimeMilliseconds(),
        };
        await _handoffs.QueueAsync(result, Ct);
        await _handoffs.RecordAttemptAsync(result, 5, null, null, "HTTP 500 from https://partner.example/cb", Ct);
        await _texts.QueueAsync(Text(7, "T1", SmsNotificationKind.Survey, "请对办理结果评分") with { CreatedAtUnixMs = Queued.AddMinutes(9).ToUnixTimeMilliseconds() }, Ct);
    }

    private static SmsNotification Text(long historyId, string number, SmsNotificationKind kind, string text) => new()
    {
        HistoryId = historyId, TicketNumber = number, Kind = kind.ToString(), Phone = "13800138000", Text = text,
        NextAttemptUnixMs = Queued.ToUnixTimeMilliseconds(), CreatedAtUnixMs = Queued.ToUnixTimeMilliseconds(),
    };
}
