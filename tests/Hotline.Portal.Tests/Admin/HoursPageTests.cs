using Bunit;
using Hotline.Grains.Calls;
using Hotline.Portal.Components.Pages.Admin;
using Hotline.Telephony.Ivr;
using MudBlazor;

namespace Hotline.Portal.Tests.Admin;

/// <summary>The business-hours page on the demo 12328 flow's calendar: it shows the weekly hours and holidays; unreadable times, dates and rows
/// without weekdays are refused in Chinese with nothing saved; a valid change is saved into the flow the IVR runs and audited.</summary>
[Trait("Category", "Unit")]
public sealed class HoursPageTests : FlowCatalogPageTest
{
    private BusinessCalendar Service => Catalog.Get(CallFlows.Welcome).Calendars["service"];

    [Fact]
    public void Shows_the_weekly_hours_and_holidays_of_the_ivr_calendar()
    {
        var page = Show<HoursPage>();

        Assert.Equal("08:00", Input(page, "hours-row-0-open").GetAttribute("value"));
        Assert.Equal("20:00", Input(page, "hours-row-0-close").GetAttribute("value"));
        Assert.Equal(Service.Holidays.Count, page.FindAll("[data-testid$='-date']").Count(e => e.GetAttribute("data-testid")!.StartsWith("holiday-", StringComparison.Ordinal)));
        Assert.Equal("元旦", Input(page, "holiday-0-name").GetAttribute("value"));
        var days = page.FindAll("input[type='checkbox']").Cast<AngleSharp.Html.Dom.IHtmlInputElement>().ToList();
        Assert.Equal(7, days.Count);
        Assert.All(days, day => Assert.True(day.IsChecked));
    }

    [Fact]
    public async Task An_unreadable_time_or_date_is_refused_in_chinese_and_nothing_is_saved()
    {
        var audit = await AuditAsync();
        var before = Catalog.Get(CallFlows.Welcome);
        var page = Show<HoursPage>();

        Input(page, "hours-row-0-close").Change("25:00");
        page.Find("[data-testid='holiday-add']").Click();
        Input(page, $"holiday-{Service.Holidays.Count}-date").Change("2026-13-01");
        page.Find("[data-testid='hours-save']").Click();

        var errors = page.Find("[data-testid='hours-errors']").TextContent;
        Assert.Contains("每周营业时间第 1 行：结束时间“25:00”无效", errors, StringComparison.Ordinal);
        Assert.Contains($"节假日第 {Service.Holidays.Count + 1} 行：日期“2026-13-01”无效", errors, StringComparison.Ordinal);
        Assert.Contains("有错误，未保存", page.Find("[data-testid='hours-message']").TextContent, StringComparison.Ordinal);
        Assert.Same(before, Catalog.Get(CallFlows.Welcome));
        Assert.Empty(await audit.LatestAsync(10, Token));
    }

    [Fact]
    public async Task A_row_without_weekdays_is_refused()
    {
        var before = Catalog.Get(CallFlows.Welcome);
        var page = Show<HoursPage>();

        foreach (var box in page.FindComponents<MudCheckBox<bool>>())
        {
            await SetAsync(box, false);
        }
        page.Find("[data-testid='hours-save']").Click();

        Assert.Contains("每周营业时间第 1 行：请至少选择一天", page.Find("[data-testid='hours-errors']").TextContent, StringComparison.Ordinal);
        Assert.Same(before, Catalog.Get(CallFlows.Welcome));
    }

    [Fact]
    public async Task A_new_holiday_and_shorter_sunday_are_saved_into_the_running_flow_and_audited()
    {
        var audit = await AuditAsync();
        var before = Catalog.Get(CallFlows.Welcome);
        var page = Show<HoursPage>();

        await SetAsync(Box(page, "hours-row-0-Sunday"), false);
        page.Find("[data-testid='hours-add-row']").Click();
        await SetAsync(Box(page, "hours-row-1-Sunday"), true);
        Input(page, "hours-row-1-open").Change("09:00");
        Input(page, "hours-row-1-close").Change("17:00");
        page.Find("[data-testid='holiday-add']").Click();
        var added = Service.Holidays.Count;
        Input(page, $"holiday-{added}-date").Change("2026-05-01");
        Input(page, $"holiday-{added}-name").Change("劳动节");
        page.Find("[data-testid='hours-save']").Click();

        page.WaitForAssertion(() => Assert.Contains($"第 {before.Version + 1} 版", page.Find("[data-testid='hours-message']").TextContent, StringComparison.Ordinal));
        var saved = Service;
        Assert.Contains(saved.Holidays, h => h.Date == new DateOnly(2026, 5, 1) && h.Name == "劳动节");
        Assert.DoesNotContain(DayOfWeek.Sunday, saved.Hours[0].Days);
        Assert.Equal((new TimeOnly(9, 0), new TimeOnly(17, 0)), (saved.Hours[1].Open, saved.Hours[1].Close));
        // Sunday 2026-11-29 at 18:00 in Shanghai is now after closing; Monday at 18:00 is still open.
        Assert.Equal(BusinessState.Closed, saved.GetState(new DateTimeOffset(2026, 11, 29, 18, 0, 0, TimeSpan.FromHours(8))));
        Assert.Equal(BusinessState.Open, saved.GetState(new DateTimeOffset(2026, 11, 30, 18, 0, 0, TimeSpan.FromHours(8))));
        var entry = Assert.Single(await audit.LatestAsync(10, Token));
        Assert.Equal("ivr:12328", entry.Target);
    }

    private static IRenderedComponent<MudCheckBox<bool>> Box(IRenderedComponent<HoursPage> page, string testId) =>
        page.FindComponents<MudCheckBox<bool>>().Single(c => c.Markup.Contains($"\"{testId}\"", StringComparison.Ordinal));

    private static Task SetAsync(IRenderedComponent<MudCheckBox<bool>> box, bool value) => box.InvokeAsync(() => box.Instance.ValueChanged.InvokeAsync(value));

    // MudBlazor puts the test id on the input itself or on its wrapper, depending on the component.
    private static AngleSharp.Dom.IElement Input(IRenderedComponent<HoursPage> page, string testId) =>
        page.Find($"input[data-testid='{testId}'], [data-testid='{testId}'] input");
}
