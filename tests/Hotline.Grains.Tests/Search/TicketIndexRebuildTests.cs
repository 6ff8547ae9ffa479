using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Search;
using Hotline.Grains.Tests.Tickets;
using Hotline.Grains.Tickets.Search;
using Hotline.Grains.Tickets.Store;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Tests.Search;

/// <summary>At start the ticket index is rebuilt from the SQLite store when missing or outdated, and only caught up when current.</summary>
[Trait("Category", "Integration")]
public sealed class TicketIndexRebuildTests(TicketClusterFixture cluster) : IClassFixture<TicketClusterFixture>
{
    [Fact]
    public async Task A_missing_index_is_rebuilt_from_the_store_and_a_reopened_one_only_catches_up()
    {
        var ct = TestContext.Current.CancellationToken;
        var before = await SubmitAsync("地铁站自动售票机吞钱不出票。");
        using var host = new TicketSearchHost(cluster);

        var first = await host.Index.EnsureCurrentAsync(ct);
        Assert.Equal((true, "missing", await StoreCountAsync()), (first.Rebuilt, first.Reason, first.Documents));
        Assert.Equal(before, await FindAsync(host, "售票机"));
        host.Close();

        var whileClosed = await SubmitAsync("地铁站扶梯停运没有公告。");
        using var reopened = new TicketSearchHost(cluster, host.IndexFolder);
        var second = await reopened.Index.EnsureCurrentAsync(ct);

        Assert.Equal((false, "current", await StoreCountAsync()), (second.Rebuilt, second.Reason, second.Documents));
        Assert.Equal(whileClosed, await FindAsync(reopened, "扶梯 停运"));
    }

    [Fact]
    public async Task An_index_of_another_format_is_rebuilt()
    {
        var ct = TestContext.Current.CancellationToken;
        await SubmitAsync("公交车到站不停。");
        using var host = new TicketSearchHost(cluster);
        await host.Index.EnsureCurrentAsync(ct);
        host.Close();
        using (var raw = LuceneIndex.Open(host.IndexFolder, new ChineseAnalyzer(ChineseSegmentationMode.Index)))
            raw.Commit(new TicketIndexWatermark("tickets-0", 0).ToCommitData());

        using var reopened = new TicketSearchHost(cluster, host.IndexFolder);
        var start = await reopened.Index.EnsureCurrentAsync(ct);

        Assert.True(start.Rebuilt);
        Assert.Contains("format tickets-0", start.Reason, StringComparison.Ordinal);
        Assert.Equal(await StoreCountAsync(), reopened.Index.Count);
    }

    [Fact]
    public async Task An_index_missing_tickets_or_ahead_of_the_store_is_rebuilt()
    {
        var ct = TestContext.Current.CancellationToken;
        var lost = await SubmitAsync("长途客车超载，过道上都站满了人。");
        using var host = new TicketSearchHost(cluster);
        await host.Index.EnsureCurrentAsync(ct);
        var watermark = host.Index.Watermark;
        host.Close();
        using (var raw = LuceneIndex.Open(host.IndexFolder, new ChineseAnalyzer(ChineseSegmentationMode.Index)))
        {
            raw.Delete(TicketDocument.Key(lost));
            raw.Commit(new TicketIndexWatermark(TicketIndexWatermark.CurrentFormat, watermark).ToCommitData());
        }

        using (var reopened = new TicketSearchHost(cluster, host.IndexFolder))
        {
            var start = await reopened.Index.EnsureCurrentAsync(ct);
            Assert.True(start.Rebuilt);
            Assert.Contains("tickets but the store", start.Reason, StringComparison.Ordinal);
            Assert.Equal(lost, await FindAsync(reopened, "长途客车 超载"));
        }

        using (var raw = LuceneIndex.Open(host.IndexFolder, new ChineseAnalyzer(ChineseSegmentationMode.Index)))
            raw.Commit(new TicketIndexWatermark(TicketIndexWatermark.CurrentFormat, watermark + 1_000_000).ToCommitData());
        using var ahead = new TicketSearchHost(cluster, host.IndexFolder);
        var afterReset = await ahead.Index.EnsureCurrentAsync(ct);
        Assert.True(afterReset.Rebuilt);
        Assert.Contains("but the store ends at", afterReset.Reason, StringComparison.Ordinal);
    }

    private async Task<string> SubmitAsync(string description) =>
        (await cluster.Intake.SubmitAsync(TicketFlows.Complaint(description), TestContext.Current.CancellationToken)).Number;

    private async Task<int> StoreCountAsync()
    {
        await using var db = cluster.CreateDbContext();
        return await db.Set<TicketRecord>().CountAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<string> FindAsync(TicketSearchHost host, string text)
    {
        var page = await host.Search.SearchAsync(new TicketSearchQuery { Text = text }, TestContext.Current.CancellationToken);
        return Assert.Single(page.Items).Ticket.Number;
    }
}
