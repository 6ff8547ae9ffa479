using Hotline.Grains.Tickets.Deadlines;

namespace Hotline.Grains.Tests.Tickets;

/// <summary>Keyset paging reads every row once, in (key, id) order, and ends even when the handler changes nothing.</summary>
[Trait("Category", "Unit")]
public sealed class TicketKeysetPagesTests
{
    // Ten rows; rows 3 to 6 share one key, so only the id tells them apart across a page boundary.
    private static readonly List<(long Key, long Id)> Rows = [(1, 1), (2, 2), (5, 3), (5, 4), (5, 5), (5, 6), (7, 7), (8, 8), (9, 9), (9, 10)];

    [Fact]
    public async Task Every_row_is_handled_once_in_order_when_the_handler_changes_nothing()
    {
        var seen = new List<long>();

        var pass = await TicketKeysetPages.RunAsync(
            3,
            (long.MinValue, 0),
            (key, id) => Task.FromResult(Rows.Where(r => r.Key > key || (r.Key == key && r.Id > id)).Take(3).ToList()),
            r => r,
            page =>
            {
                seen.AddRange(page.Select(r => r.Id));
                return Task.FromResult(page.Count(r => r.Id % 2 == 0));
            });

        Assert.Equal(Enumerable.Range(1, 10).Select(i => (long)i), seen);
        Assert.Equal(new TicketSweepPass(5, 10, 4), pass);
    }

    [Fact]
    public async Task A_full_last_page_costs_one_more_empty_read()
    {
        var reads = 0;
        Task<List<(long Key, long Id)>> Read(long key, long id)
        {
            reads++;
            return Task.FromResult(Rows.Where(r => r.Key > key || (r.Key == key && r.Id > id)).Take(5).ToList());
        }

        var full = await TicketKeysetPages.RunAsync(5, (long.MinValue, 0), Read, r => r, page => Task.FromResult(0));

        Assert.Equal((2, 3), (full.Pages, reads));
    }
}
