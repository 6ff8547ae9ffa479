using Hotline.Grains.Tickets.Categories;
using Hotline.Grains.Tickets.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Grains.Tests.Tickets;

/// <summary>Edits of the category tree: a code is never reused, a child needs its parent, and SLA hours set or cleared are what the deadline computation reads.</summary>
[Trait("Category", "Integration")]
public sealed class TicketCategoryEditTests(TicketClusterFixture fixture) : IClassFixture<TicketClusterFixture>
{
    // Intake holds the tree in memory; the administration service forgets it after each edit, and so does each test here.
    private void ForgetTree() => fixture.SiloServices.GetRequiredService<TicketCategoryCache>().Forget();

    [Fact]
    public async Task A_taken_code_is_refused_and_the_stored_node_is_unchanged()
    {
        await using var db = fixture.CreateDbContext();

        var error = await Assert.ThrowsAsync<TicketCategoryEditException>(() =>
            TicketCategoryEdits.AddAsync(db, "urban.taxi", "另一个出租车", 12, TestContext.Current.CancellationToken));

        Assert.Equal(("Code", TicketCategoryRefusal.CodeTaken), (error.Field, error.Refusal));
        Assert.Contains("urban.taxi", error.Message, StringComparison.Ordinal);
        await using var check = fixture.CreateDbContext();
        var taxi = await check.Set<TicketCategoryRecord>().AsNoTracking().SingleAsync(c => c.Code == "urban.taxi", TestContext.Current.CancellationToken);
        Assert.Equal(("出租车", (int?)null), (taxi.Name, taxi.SlaHours));
    }

    [Fact]
    public async Task A_child_of_an_unknown_parent_is_refused_and_nothing_is_written()
    {
        await using var db = fixture.CreateDbContext();

        var error = await Assert.ThrowsAsync<TicketCategoryEditException>(() =>
            TicketCategoryEdits.AddAsync(db, "spaceport.launch", "发射", null, TestContext.Current.CancellationToken));

        Assert.Equal(("ParentCode", TicketCategoryRefusal.ParentUnknown), (error.Field, error.Refusal));
        Assert.Contains("spaceport", error.Message, StringComparison.Ordinal);
        await using var check = fixture.CreateDbContext();
        Assert.False(await check.Set<TicketCategoryRecord>().AnyAsync(c => c.Code == "spaceport.launch", TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("Urban.Taxi", "x", null, "Code", TicketCategoryRefusal.CodeMalformed)]
    [InlineData("urban..taxi", "x", null, "Code", TicketCategoryRefusal.CodeMalformed)]
    [InlineData("urban.cable-car", "  ", null, "Name", TicketCategoryRefusal.NameRequired)]
    [InlineData("urban.cable-car", "索道", 0, "SlaHours", TicketCategoryRefusal.SlaOutOfRange)]
    [InlineData("urban.cable-car", "索道", 8761, "SlaHours", TicketCategoryRefusal.SlaOutOfRange)]
    public async Task Malformed_input_is_refused_naming_the_field(string code, string name, int? hours, string field, TicketCategoryRefusal refusal)
    {
        await using var db = fixture.CreateDbContext();

        var error = await Assert.ThrowsAsync<TicketCategoryEditException>(() => TicketCategoryEdits.AddAsync(db, code, name, hours, TestContext.Current.CancellationToken));

        Assert.Equal((field, refusal), (error.Field, error.Refusal));
    }

    [Fact]
    public async Task A_new_child_inherits_its_parents_hours_until_it_sets_its_own_and_the_deadline_follows()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var db = fixture.CreateDbContext())
        {
            await TicketCategoryEdits.AddAsync(db, "highway.service-area", "服务区", null, ct);
            await TicketCategoryEdits.SetSlaHoursAsync(db, "highway", 72, ct);
        }
        ForgetTree();
        var start = fixture.Clock.GetUtcNow();

        var inherited = await fixture.Intake.SubmitAsync(TicketFlows.Complaint() with { CategoryCode = "highway.service-area" }, ct);
        await using (var db = fixture.CreateDbContext())
        {
            await TicketCategoryEdits.SetSlaHoursAsync(db, "highway.service-area", 36, ct);
            await TicketCategoryEdits.RenameAsync(db, "highway.service-area", " 高速服务区 ", ct);
        }
        ForgetTree();
        var own = await fixture.Intake.SubmitAsync(TicketFlows.Complaint() with { CategoryCode = "highway.service-area" }, ct);
        await using (var db = fixture.CreateDbContext())
        {
            await TicketCategoryEdits.SetSlaHoursAsync(db, "highway.service-area", null, ct);
            await TicketCategoryEdits.SetSlaHoursAsync(db, "highway", null, ct);
        }
        ForgetTree();
        var typeDefault = await fixture.Intake.SubmitAsync(TicketFlows.Complaint() with { CategoryCode = "highway.service-area" }, ct);

        Assert.Equal(start.AddHours(72), inherited.Deadline);
        Assert.Equal(start.AddHours(36), own.Deadline);
        // Complaints default to 120 hours when no category on the way up sets any.
        Assert.Equal(start.AddHours(120), typeDefault.Deadline);
        await using var check = fixture.CreateDbContext();
        Assert.Equal(["公路", "高速服务区"], (await TicketCategoryTree.LoadAsync(check, ct)).NamePath("highway.service-area"));
    }

    [Fact]
    public async Task A_disabled_category_is_refused_on_intake_until_enabled_again()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var db = fixture.CreateDbContext())
        {
            await TicketCategoryEdits.AddAsync(db, "port.ferry-terminal", "客运码头", null, ct);
            await TicketCategoryEdits.SetEnabledAsync(db, "port.ferry-terminal", false, ct);
        }
        ForgetTree();

        await Assert.ThrowsAsync<Hotline.Grains.Abstractions.Tickets.TicketValidationException>(() =>
            fixture.Intake.SubmitAsync(TicketFlows.Complaint() with { CategoryCode = "port.ferry-terminal" }, ct));
        await using (var db = fixture.CreateDbContext())
        {
            await TicketCategoryEdits.SetEnabledAsync(db, "port.ferry-terminal", true, ct);
        }
        ForgetTree();

        Assert.True((await fixture.Intake.SubmitAsync(TicketFlows.Complaint() with { CategoryCode = "port.ferry-terminal" }, ct)).Created);
    }

    [Fact]
    public async Task Editing_an_unknown_code_is_refused_naming_the_code()
    {
        await using var db = fixture.CreateDbContext();

        var error = await Assert.ThrowsAsync<TicketCategoryEditException>(() =>
            TicketCategoryEdits.RenameAsync(db, "urban.hovercraft", "气垫船", TestContext.Current.CancellationToken));

        Assert.Equal(("Code", TicketCategoryRefusal.CodeUnknown), (error.Field, error.Refusal));
        Assert.Contains("urban.hovercraft", error.Message, StringComparison.Ordinal);
    }
}
