using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Tickets;
using Hotline.Grains.Tickets.Store;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Tests.Tickets;

/// <summary>Ticket lists are store queries: by state, unit, overdue, category subtree and phone, paged with a total.</summary>
[Trait("Category", "Integration")]
public sealed class TicketQueriesTests(TicketClusterFixture fixture) : IClassFixture<TicketClusterFixture>
{
    [Fact]
    public async Task A_list_counts_its_matches_up_to_the_limit_and_says_when_there_are_more()
    {
        var ct = TestContext.Current.CancellationToken;
        var enterprise = "大户-" + Guid.NewGuid().ToString("N")[..8];
        var created = fixture.Clock.GetUtcNow().AddYears(-3).ToUnixTimeMilliseconds();
        // Closed rows with no due times, written straight to the store: only the count is under test, and no sweep should see them.
        await using (var db = fixture.CreateDbContext())
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = 0; i <= TicketQueries.CountLimit; i++)
            {
                db.Add(new TicketRecord
                {
                    Number = $"CAP-{enterprise}-{i:D5}", Type = "Complaint", Channel = "Web", Description = "批量", State = "Closed", Enterprise = enterprise,
                    DeadlineUnixMs = created + i, CreatedAtUnixMs = created, UpdatedAtUnixMs = created, Version = 1,
                });
            }
            await db.SaveChangesAsync(ct);
        }

        var more = await fixture.Queries.ListAsync(new TicketListFilter { Enterprise = enterprise }, 2, 50, ct);
        Assert.Equal((TicketQueries.CountLimit, true, 50), (more.Total, more.TotalCapped, more.Items.Count));
        Assert.Equal($"CAP-{enterprise}-00050", more.Items[0].Number);

        await using (var db = fixture.CreateDbContext())
            await db.Set<TicketRecord>().Where(t => t.Number == $"CAP-{enterprise}-00000").ExecuteDeleteAsync(ct);
        var exact = await fixture.Queries.ListAsync(new TicketListFilter { Enterprise = enterprise }, 1, 1, ct);
        Assert.Equal((TicketQueries.CountLimit, false), (exact.Total, exact.TotalCapped));
    }

    [Fact]
    public async Task Lists_filter_by_unit_state_and_category_subtree_and_page_with_a_total()
    {
        var unit = "unit-" + Guid.NewGuid().ToString("N")[..8];
        var numbers = new List<string>();
        foreach (var code in new[] { "urban.taxi.refusal", "urban.taxi", "urban.bus", "rail", "urban.taxi.detour" })
        {
            var ticket = await TicketFlows.SubmitAsync(fixture, TicketFlows.Complaint() with { CategoryCode = code });
            await ticket.DispatchAsync(TicketActors.Agent, unit, null);
            numbers.Add(ticket.GetPrimaryKeyString());
        }
        await fixture.Grains.GetGrain<ITicketGrain>(numbers[0]).AcceptAsync(TicketActors.Supervisor, null);
        var ct = TestContext.Current.CancellationToken;

        var all = await fixture.Queries.ListAsync(new TicketListFilter { UnitId = unit }, 1, 2, ct);
        Assert.Equal((5, 2), (all.Total, all.Items.Count));
        var second = await fixture.Queries.ListAsync(new TicketListFilter { UnitId = unit }, 3, 2, ct);
        Assert.Single(second.Items);
        var taxi = await fixture.Queries.ListAsync(new TicketListFilter { UnitId = unit, CategoryCode = "urban.taxi" }, 1, 50, ct);
        Assert.Equal([numbers[0], numbers[1], numbers[4]], taxi.Items.Select(t => t.Number).Order(StringComparer.Ordinal));
        var handling = await fixture.Queries.ListAsync(new TicketListFilter { UnitId = unit, States = [TicketState.Handling] }, 1, 50, ct);
        Assert.Equal(numbers[0], Assert.Single(handling.Items).Number);
        Assert.Equal(4, (await fixture.Queries.ListAsync(new TicketListFilter { UnitId = unit, States = [TicketState.Dispatched] }, 1, 50, ct)).Total);
    }

    [Fact]
    public async Task Overdue_lists_only_open_tickets_past_their_deadline()
    {
        var unit = "unit-" + Guid.NewGuid().ToString("N")[..8];
        var late = await TicketFlows.SubmitAsync(fixture, TicketFlows.Complaint() with { CategoryCode = "urban.taxi.lost-property" });
        await late.DispatchAsync(TicketActors.Agent, unit, null);
        var onTime = await TicketFlows.SubmitAsync(fixture);
        await onTime.DispatchAsync(TicketActors.Agent, unit, null);

        fixture.Clock.Advance(TimeSpan.FromHours(25));
        var overdue = await fixture.Queries.ListAsync(new TicketListFilter { UnitId = unit, OverdueOnly = true }, 1, 50, TestContext.Current.CancellationToken);

        Assert.Equal(late.GetPrimaryKeyString(), Assert.Single(overdue.Items).Number);
    }

    [Fact]
    public async Task Screen_pop_lists_the_callers_tickets_newest_first()
    {
        var phone = TicketFlows.UniquePhone();
        var first = await fixture.Intake.SubmitAsync(TicketFlows.Complaint(phone: phone), TestContext.Current.CancellationToken);
        fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await fixture.Intake.SubmitAsync(TicketFlows.Complaint(phone: phone) with { Type = TicketType.Enquiry, CategoryCode = null }, TestContext.Current.CancellationToken);

        var recent = await fixture.Queries.RecentForPhoneAsync(phone, 10, TestContext.Current.CancellationToken);

        Assert.Equal([second.Number, first.Number], recent.Select(t => t.Number));
        Assert.Equal(TicketType.Enquiry, recent[0].Type);
        Assert.Equal(2, (await fixture.Queries.ListAsync(new TicketListFilter { CitizenPhone = phone }, 1, 10, TestContext.Current.CancellationToken)).Total);
    }

    [Fact]
    public async Task Out_of_range_paging_is_refused_naming_the_argument()
    {
        Assert.Equal("page", (await Assert.ThrowsAsync<TicketValidationException>(() =>
            fixture.Queries.ListAsync(new TicketListFilter(), 0, 10, TestContext.Current.CancellationToken))).Field);
        Assert.Equal("pageSize", (await Assert.ThrowsAsync<TicketValidationException>(() =>
            fixture.Queries.ListAsync(new TicketListFilter(), 1, 201, TestContext.Current.CancellationToken))).Field);
        Assert.Equal("limit", (await Assert.ThrowsAsync<TicketValidationException>(() =>
            fixture.Queries.RecentForPhoneAsync("13800138000", 0, TestContext.Current.CancellationToken))).Field);
    }
}
