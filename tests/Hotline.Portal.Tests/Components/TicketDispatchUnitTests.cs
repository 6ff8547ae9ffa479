using Bunit;
using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Portal.Api;
using Hotline.Portal.Components.Pages.Tickets;
using Hotline.Portal.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.Tests.Components;

/// <summary>The dispatch dialog offers the units someone can sign in for (a partner token's unit here, from a real identity store) and a click
/// fills the unit; a unit typed by hand is still taken.</summary>
[Trait("Category", "Integration")]
public sealed class TicketDispatchUnitTests : TicketPageTest
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "hotline-dispatch-units-" + Guid.NewGuid().ToString("N")[..12] + ".db");

    public TicketDispatchUnitTests()
    {
        var identities = new DbContextOptionsBuilder<PortalIdentityDbContext>().UseSqlite($"Data Source={_path}").Options;
        using (var db = new PortalIdentityDbContext(identities))
            db.Database.EnsureCreated();
        var partners = new PartnerOptions();
        partners.Accounts.Add(new PartnerAccount { Id = "bus-company-api", UnitId = "unit-bus", TokenSha256 = new string('a', 64) });
        Services.AddDbContextFactory<PortalIdentityDbContext>(db => db.UseSqlite($"Data Source={_path}"));
        Services.AddSingleton(Options.Create(partners));
        Services.AddSingleton<HandlingUnitDirectory>();
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
    public void A_known_unit_is_chosen_with_one_click()
    {
        var ticket = Grains.Add(Snapshot("T20", TicketState.Intake));
        User.SignIn("8001", null, PlatformRole.Agent);
        var page = ShowPage<TicketDetail>(p => p.Add(c => c.Number, "T20"));

        page.WaitForElement("[data-testid=action-dispatch]").Click();
        Dialogs.WaitForElement("[data-testid=known-unit-unit-bus]").Click();
        Dialogs.Find("[data-testid=action-confirm]").Click();

        page.WaitForAssertion(() => Assert.Equal(TicketState.Dispatched, ticket.Ticket.State));
        Assert.Equal("unit-bus", ticket.Ticket.UnitId);
    }

    [Fact]
    public void A_unit_not_offered_may_still_be_typed()
    {
        var ticket = Grains.Add(Snapshot("T21", TicketState.Intake));
        User.SignIn("8001", null, PlatformRole.Agent);
        var page = ShowPage<TicketDetail>(p => p.Add(c => c.Number, "T21"));

        page.WaitForElement("[data-testid=action-dispatch]").Click();
        Dialogs.WaitForElement("[data-testid=known-unit-unit-bus]");
        Dialogs.Find("input[data-testid=action-unit], [data-testid=action-unit] input").Change("unit-ferry");
        Dialogs.Find("[data-testid=action-confirm]").Click();

        page.WaitForAssertion(() => Assert.Equal("unit-ferry", ticket.Ticket.UnitId));
    }
}
