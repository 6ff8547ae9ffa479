using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Tickets.Store;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Tests.Tickets;

/// <summary>One sweep handles more open tickets than fit in a page, reading them page by page, and a second sweep repeats nothing.</summary>
[Trait("Category", "Integration")]
public sealed class TicketSweepVolumeTests(TicketClusterFixture fixture) : IClassFixture<TicketClusterFixture>
{
    private const int Open = 1_050;

    [Fact]
    public async Task A_sweep_urges_every_due_ticket_of_a_thousand_in_pages_and_a_rerun_urges_none()
    {
        var now = fixture.Clock.GetUtcNow();
        await using (var db = fixture.CreateDbContext())
        {
            for (var i = 0; i < Open; i++)
            {
                var ticket = TicketRecordMapping.ToRecord($"12328-20261126-{i:D7}", TicketFlows.Complaint(), now.AddHours(1), now.AddHours(-100));
                ticket.State = nameof(TicketState.Dispatched);
                ticket.UnitId = "unit-a";
                ticket.Version = 1;
                ticket.UrgeDueAtUnixMs = now.AddHours(-1).ToUnixTimeMilliseconds();
                ticket.EscalateDueAtUnixMs = now.AddHours(1).ToUnixTimeMilliseconds();
                db.Add(ticket);
            }
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var swept = await fixture.Grains.GetGrain<ITicketSweepGrain>(ITicketSweepGrain.Key).SweepAsync();

        Assert.Equal(Open, swept.Urged);
        Assert.Equal(0, swept.Escalated);
        // 200 a page: six pages of urges; the major rules read the same tickets, created 100 h ago, outside their first look-back.
        Assert.Equal(6, swept.Pages);
        await using var check = fixture.CreateDbContext();
        Assert.Equal(Open, await check.Set<TicketRecord>().CountAsync(t => t.UrgeCount == 1 && t.UrgeDueAtUnixMs == null, TestContext.Current.CancellationToken));
        Assert.Equal(Open, await check.Set<TicketHistoryRecord>().CountAsync(h => h.Action == "urge" && h.Actor == "system", TestContext.Current.CancellationToken));

        var rerun = await fixture.Grains.GetGrain<ITicketSweepGrain>(ITicketSweepGrain.Key).SweepAsync();
        Assert.Equal((0, 0, 0), (rerun.Urged, rerun.Escalated, rerun.Pages));
    }
}
