using Bunit;
using Hotline.Grains.Abstractions.People;
using Hotline.Portal.Components.Pages.Rosters;

namespace Hotline.Portal.Tests.Rosters;

/// <summary>排班 on the real roster book and a SQLite file: shift templates with breaks (bad times named in Chinese, nothing stored), the week
/// grid planning and removing a shift, leave over whole days shown on the grid, and a planner's refusal in the book's words.</summary>
[Trait("Category", "Integration")]
public sealed class RosterPagesTests : RosterPageTest
{
    [Fact]
    public async Task A_shift_template_is_saved_with_its_breaks_and_a_bad_break_is_named()
    {
        await CreateTablesAsync(withEarlyShift: false);
        var panel = Show<ShiftTemplatePanel>(p => p.Add(x => x.Actor, Supervisor));
        Type(panel, "template-id", "late");
        Type(panel, "template-name", "晚班");
        Type(panel, "template-start", "14:00");
        Type(panel, "template-minutes", "480");
        Type(panel, "template-breaks", "120+15，240+45 abc");

        panel.Find("[data-testid=template-save]").Click();
        Assert.Equal("休息“240+45 abc”无法识别：请写成“开始分钟+时长”，如 120+15。", panel.Find("[data-testid=template-problem]").TextContent);
        Assert.Empty(await Book.GetTemplatesAsync(Token));

        Type(panel, "template-breaks", "120+15，240+45");
        panel.Find("[data-testid=template-save]").Click();

        panel.WaitForAssertion(() => Assert.Contains("班次模板 late 已保存", panel.Find("[data-testid=template-saved]").TextContent, StringComparison.Ordinal));
        var late = Assert.Single(await Book.GetTemplatesAsync(Token));
        Assert.Equal(new TimeOnly(14, 0), late.Start);
        Assert.Equal([new ShiftBreak(120, 15), new ShiftBreak(240, 45)], late.Breaks);
        Assert.Contains("14:00–22:00", Assert.Single(panel.FindAll("[data-testid=template-row]")).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_start_time_that_is_no_time_is_named()
    {
        await CreateTablesAsync(withEarlyShift: false);
        var panel = Show<ShiftTemplatePanel>(p => p.Add(x => x.Actor, Supervisor));
        Type(panel, "template-id", "early");
        Type(panel, "template-name", "早班");
        Type(panel, "template-start", "8点");

        panel.Find("[data-testid=template-save]").Click();

        Assert.Equal("上班时间“8点”无法识别：请按 HH:mm 填写，如 08:00。", panel.Find("[data-testid=template-problem]").TextContent);
        Assert.Empty(await Book.GetTemplatesAsync(Token));
    }

    [Fact]
    public async Task Choosing_a_shift_on_the_week_grid_plans_it_and_choosing_off_removes_it()
    {
        await CreateTablesAsync();
        var panel = Show<RosterWeekPanel>(p => p.Add(x => x.Actor, Supervisor).Add(x => x.Monday, Monday));
        panel.WaitForAssertion(() => Assert.Equal(2, panel.FindAll("[data-testid=roster-row]").Count));
        Assert.Equal("2026-11-23 至 2026-11-29", panel.Find("[data-testid=week-range]").TextContent);

        await ChooseAsync(panel, "roster-cell-8001-2026-11-24", "early");

        var schedule = await Book.GetScheduleAsync(Supervisor, "8001", StartOf(Monday), StartOf(Monday.AddDays(7)), Token);
        var work = schedule.Where(s => s.Kind == ScheduledSpanKind.Work).ToList();
        Assert.Equal(StartOf(new DateOnly(2026, 11, 24)).AddHours(8), work[0].From);
        Assert.Equal(StartOf(new DateOnly(2026, 11, 24)).AddHours(16), work[^1].To);
        panel.WaitForAssertion(() => Assert.Contains("早班", panel.Find("[data-testid=roster-cell-8001-2026-11-24]").OuterHtml, StringComparison.Ordinal));

        await ChooseAsync(panel, "roster-cell-8001-2026-11-24", "");

        Assert.Empty(await Book.GetScheduleAsync(Supervisor, "8001", StartOf(Monday), StartOf(Monday.AddDays(7)), Token));
    }

    [Fact]
    public async Task Leave_over_whole_days_is_recorded_and_shown_on_the_grid_and_backwards_dates_are_named()
    {
        await CreateTablesAsync();
        await Book.PlanAsync(Supervisor, [new RosterShift("8002", new DateOnly(2026, 11, 25), "early")], Token);
        var leave = Show<LeavePanel>(p => p.Add(x => x.Actor, Supervisor));
        await ChooseAsync(leave, "leave-agent", "8002");
        Type(leave, "leave-from", "2026-11-26");
        Type(leave, "leave-to", "2026-11-25");

        leave.Find("[data-testid=leave-save]").Click();
        Assert.Equal("结束日期 2026-11-25 早于开始日期 2026-11-26。", leave.Find("[data-testid=leave-problem]").TextContent);

        Type(leave, "leave-from", "2026-11-25");
        Type(leave, "leave-to", "2026-11-26");
        leave.Find("[data-testid=leave-save]").Click();
        leave.WaitForAssertion(() => Assert.Equal("已登记 8002 的年假：2026-11-25 至 2026-11-26。", leave.Find("[data-testid=leave-saved]").TextContent));

        var schedule = await Book.GetScheduleAsync(Supervisor, "8002", StartOf(Monday), StartOf(Monday.AddDays(7)), Token);
        Assert.DoesNotContain(schedule, s => s.Kind == ScheduledSpanKind.Work);
        var grid = Show<RosterWeekPanel>(p => p.Add(x => x.Actor, Supervisor).Add(x => x.Monday, Monday));
        grid.WaitForAssertion(() => Assert.NotNull(grid.Find("[data-testid=roster-leave-8002-2026-11-25]")));
        Assert.NotNull(grid.Find("[data-testid=roster-leave-8002-2026-11-26]"));
        Assert.Empty(grid.FindAll("[data-testid=roster-leave-8002-2026-11-27]"));
        Assert.Empty(grid.FindAll("[data-testid^=roster-leave-8001]"));
    }

    [Fact]
    public async Task Someone_who_may_not_plan_is_refused_in_the_books_words_and_nothing_is_planned()
    {
        await CreateTablesAsync();
        var hr = new PeopleActor("hr", [PlatformRole.Hr]);
        var panel = Show<RosterWeekPanel>(p => p.Add(x => x.Actor, hr).Add(x => x.Monday, Monday));
        panel.WaitForAssertion(() => Assert.Equal(2, panel.FindAll("[data-testid=roster-row]").Count));

        await ChooseAsync(panel, "roster-cell-8001-2026-11-24", "early");

        panel.WaitForAssertion(() => Assert.Contains("may not plan shifts", panel.Find("[data-testid=roster-problem]").TextContent, StringComparison.Ordinal));
        Assert.Empty(await Book.GetScheduleAsync(Supervisor, "8001", StartOf(Monday), StartOf(Monday.AddDays(7)), Token));
    }
}
