using Bunit;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Portal.Components.Pages.Wallboard;
using Hotline.Portal.Live;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hotline.Portal.Tests.Components;

/// <summary>The wallboard's ticket alerts: the recent ones on opening, new ones pushed without a reload, a major complaint announced.</summary>
[Trait("Category", "Unit")]
public sealed class TicketAlertListTests : PortalComponentTest
{
    private static readonly DateTimeOffset At = new(2026, 11, 28, 1, 30, 0, TimeSpan.Zero);
    private readonly LiveTicketAlerts _alerts = new(new LiveRelayOutbox(), NullLogger<LiveTicketAlerts>.Instance);

    public TicketAlertListTests() => Services.AddSingleton(_alerts);

    [Fact]
    public async Task Alerts_raised_before_and_after_opening_are_listed_newest_first()
    {
        await _alerts.NotifyAsync(new TicketAlert("12328-20261128-0000001", TicketAlertKind.Urged, "已到办理时限的 80%", "system", "taxi-office", At), Xunit.TestContext.Current.CancellationToken);
        var list = Show<TicketAlertList>();
        Assert.Contains("催办", list.Find("[data-testid=alert-12328-20261128-0000001-Urged] [data-testid=kind]").TextContent, StringComparison.Ordinal);

        await _alerts.NotifyAsync(new TicketAlert("12328-20261128-0000002", TicketAlertKind.Escalated, "已超期", "system", null, At.AddMinutes(5)), Xunit.TestContext.Current.CancellationToken);

        list.WaitForAssertion(() => Assert.Equal(2, list.FindAll("tbody tr").Count));
        Assert.Equal("alert-12328-20261128-0000002-Escalated", list.FindAll("tbody tr")[0].GetAttribute("data-testid"));
        Assert.Contains("09:35:00", list.FindAll("tbody tr")[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_major_complaint_is_announced_as_it_arrives()
    {
        var list = Show<TicketAlertList>();
        Assert.NotNull(list.Find("[data-testid=no-alerts]"));

        await _alerts.NotifyAsync(new TicketAlert("12328-20261128-0000003", TicketAlertKind.Major, "同一来电人 7 天内 3 次投诉", "system", null, At), Xunit.TestContext.Current.CancellationToken);

        list.WaitForAssertion(() => Assert.Equal("同一来电人 7 天内 3 次投诉", list.Find("[data-testid=alert-12328-20261128-0000003-Major] [data-testid=reason]").TextContent));
        var snackbar = Services.GetRequiredService<MudBlazor.ISnackbar>();
        Assert.Contains(snackbar.ShownSnackbars, s => s.Message != null && s.Message.Contains("重大投诉：工单 12328-20261128-0000003", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_the_latest_alerts_are_kept()
    {
        for (var i = 0; i < LiveTicketAlerts.Kept + 5; i++)
            await _alerts.NotifyAsync(new TicketAlert($"12328-20261128-{i:D7}", TicketAlertKind.Urged, "催办", "system", null, At), Xunit.TestContext.Current.CancellationToken);

        Assert.Equal(LiveTicketAlerts.Kept, _alerts.Recent().Count);
        Assert.Equal($"12328-20261128-{LiveTicketAlerts.Kept + 4:D7}", _alerts.Recent()[0].TicketNumber);
    }
}
