using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Tickets.Categories;
using Hotline.Grains.Tickets.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Grains.Tests.Tickets;

/// <summary>The category tree is data in the store: seeded with the 12328 industries, validated on intake, and carrying SLA overrides down the tree.</summary>
[Trait("Category", "Integration")]
public sealed class TicketCategoryTests(TicketClusterFixture fixture) : IClassFixture<TicketClusterFixture>
{
    [Fact]
    public async Task An_unknown_category_is_refused_naming_CategoryCode_and_nothing_is_written()
    {
        await using var db = fixture.CreateDbContext();
        var before = await db.Set<TicketRecord>().CountAsync(TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<TicketValidationException>(() =>
            fixture.Intake.SubmitAsync(TicketFlows.Complaint() with { CategoryCode = "urban.taxi.teleport" }, TestContext.Current.CancellationToken));

        Assert.Equal("CategoryCode", error.Field);
        Assert.Contains("urban.taxi.teleport", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await db.Set<TicketRecord>().CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_retired_category_is_refused_and_a_ticket_without_category_is_accepted()
    {
        await using (var db = fixture.CreateDbContext())
        {
            db.Add(new TicketCategoryRecord { Code = "urban.pedicab", ParentCode = "urban", Name = "人力三轮", Enabled = false });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var error = await Assert.ThrowsAsync<TicketValidationException>(() =>
            fixture.Intake.SubmitAsync(TicketFlows.Complaint() with { CategoryCode = "urban.pedicab" }, TestContext.Current.CancellationToken));
        Assert.Equal("CategoryCode", error.Field);
        Assert.True((await fixture.Intake.SubmitAsync(TicketFlows.Complaint() with { CategoryCode = null }, TestContext.Current.CancellationToken)).Created);
    }

    [Fact]
    public async Task The_deadline_comes_from_the_category_or_its_nearest_ancestor_else_from_the_type()
    {
        await using (var db = fixture.CreateDbContext())
        {
            db.Add(new TicketCategoryRecord { Code = "construction.noise", ParentCode = "construction", Name = "施工噪声" });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        // As an edit through the category catalog does: the tree held in memory is read again.
        fixture.SiloServices.GetRequiredService<TicketCategoryCache>().Forget();
        var now = fixture.Clock.GetUtcNow();

        var lost = await fixture.Intake.SubmitAsync(TicketFlows.Complaint() with { CategoryCode = "urban.taxi.lost-property" }, TestContext.Current.CancellationToken);
        var noise = await fixture.Intake.SubmitAsync(TicketFlows.Complaint() with { CategoryCode = "construction.noise" }, TestContext.Current.CancellationToken);
        var refusal = await fixture.Intake.SubmitAsync(TicketFlows.Complaint() with { CategoryCode = "urban.taxi.refusal" }, TestContext.Current.CancellationToken);

        Assert.Equal(now.AddHours(24), lost.Deadline);
        Assert.Equal(now.AddHours(240), noise.Deadline);
        Assert.Equal(now.AddHours(120), refusal.Deadline);
    }

    [Fact]
    public async Task The_tree_held_in_memory_is_read_again_when_it_is_older_than_its_age_limit()
    {
        var cache = new TicketCategoryCache(fixture.Clock);
        await using var db = fixture.CreateDbContext();
        Assert.Empty((await cache.GetAsync(db, TestContext.Current.CancellationToken)).NamePath("highway.ice"));
        db.Add(new TicketCategoryRecord { Code = "highway.ice", ParentCode = "highway", Name = "道路结冰" });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        var held = (await cache.GetAsync(db, TestContext.Current.CancellationToken)).NamePath("highway.ice");
        fixture.Clock.Advance(TicketCategoryCache.MaxAge);
        var reread = (await cache.GetAsync(db, TestContext.Current.CancellationToken)).NamePath("highway.ice");

        Assert.Empty(held);
        Assert.Equal(["公路", "道路结冰"], reread);
    }

    [Fact]
    public async Task Ticket_events_carry_the_category_names_from_the_industry_down()
    {
        var ticket = await TicketFlows.SubmitAsync(fixture, TicketFlows.Complaint() with { CategoryCode = "urban.taxi.refusal" });
        await ticket.DispatchAsync(TicketActors.Agent, "unit-a", null);
        var number = ticket.GetPrimaryKeyString();

        await using var db = fixture.CreateDbContext();
        var messages = await db.Set<Hotline.Grains.Outbox.OutboxMessage>().AsNoTracking().Where(m => m.Payload.Contains(number)).ToListAsync(TestContext.Current.CancellationToken);
        var events = messages.Select(m => (Hotline.Grains.Abstractions.Events.TicketEvent)Hotline.Grains.Abstractions.Events.DomainEventJson.Deserialize(m.EventName, m.Payload)).ToList();

        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(["城市客运", "出租车", "拒载"], e.CategoryPath));
        Assert.All(events, e => Assert.Equal("城市客运", e.Industry));
    }

    [Fact]
    public async Task The_seeded_tree_lists_industries_before_their_sub_categories()
    {
        var categories = await fixture.Queries.CategoriesAsync(TestContext.Current.CancellationToken);

        var codes = categories.Select(c => c.Code).ToList();
        foreach (var industry in new[] { "road", "urban", "waterway", "port", "rail", "aviation", "postal", "construction" })
            Assert.Contains(industry, codes);
        var taxi = categories.Single(c => c.Code == "urban.taxi");
        Assert.Equal(("出租车", "urban"), (taxi.Name, taxi.ParentCode));
        Assert.Equal(["urban.bus", "urban.metro", "urban.ride-hailing", "urban.taxi"],
            categories.Where(c => c.ParentCode == "urban" && c.Enabled).Select(c => c.Code).Order(StringComparer.Ordinal));
        Assert.All(categories.Where(c => c.ParentCode is not null), c => Assert.True(codes.IndexOf(c.ParentCode!) < codes.IndexOf(c.Code)));
    }
}
