using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Rosters;

namespace Hotline.Grains.Tests.Rosters;

[Trait("Category", "Unit")]
public sealed class AdherenceCalculatorTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    // 早班 08:00–17:00 local with a lunch break 12:00–13:00.
    private static readonly ShiftTemplate Early = new()
    {
        Id = "early", Name = "早班", Start = new TimeOnly(8, 0), Minutes = 9 * 60, Breaks = [new ShiftBreak(4 * 60, 60)],
    };

    private static readonly DateOnly Day = new(2026, 11, 2);

    private static DateTimeOffset At(int hour, int minute = 0) => new(2026, 11, 2, hour, minute, 0, Beijing);

    [Fact]
    public void A_shift_expands_into_work_around_its_break()
    {
        var spans = ShiftExpander.Expand(Early, Day, Beijing, []);

        Assert.Equal(
            [(At(8), At(12), ScheduledSpanKind.Work), (At(12), At(13), ScheduledSpanKind.Break), (At(13), At(17), ScheduledSpanKind.Work)],
            spans.Select(s => (s.From, s.To, s.Kind)));
    }

    [Fact]
    public void Leave_replaces_the_work_it_overlaps()
    {
        var spans = ShiftExpander.Expand(Early, Day, Beijing, [new LeavePeriod("8001", At(15), At(18), "事假")]);

        Assert.Equal(
            [(At(8), At(12), ScheduledSpanKind.Work), (At(12), At(13), ScheduledSpanKind.Break), (At(13), At(15), ScheduledSpanKind.Work), (At(15), At(17), ScheduledSpanKind.Leave)],
            spans.Select(s => (s.From, s.To, s.Kind)));
    }

    [Fact]
    public void A_night_shift_runs_past_midnight()
    {
        var night = new ShiftTemplate { Id = "night", Name = "夜班", Start = new TimeOnly(22, 0), Minutes = 8 * 60 };

        var span = Assert.Single(ShiftExpander.Expand(night, Day, Beijing, []));

        Assert.Equal(new DateTimeOffset(2026, 11, 3, 6, 0, 0, Beijing), span.To);
    }

    [Fact]
    public void Adherence_matches_a_minute_by_minute_count()
    {
        var schedule = ShiftExpander.Expand(Early, Day, Beijing, []);
        // Logs in 7 minutes late, a 20-minute unplanned break, talks through lunch, leaves 30 minutes early.
        AgentStateSpan[] states =
        [
            new("Ready", "", At(8, 7), At(9, 30)),
            new("Talking", "", At(9, 30), At(10, 0)),
            new("WrapUp", "", At(10, 0), At(10, 5)),
            new("NotReady", "休息", At(10, 5), At(10, 25)),
            new("Ready", "", At(10, 25), At(12, 30)),
            new("NotReady", "午休", At(12, 30), At(13, 10)),
            new("Ready", "", At(13, 10), At(16, 30)),
            new("LoggedOut", "", At(16, 30), At(18, 0)),
        ];

        var report = AdherenceCalculator.Compute("8001", At(0), At(23, 59), schedule, states);

        var (scheduled, inAdherence) = CountMinutes(schedule, states, At(0), At(23, 59));
        Assert.Equal(scheduled, report.ScheduledMinutes, 6);
        Assert.Equal(inAdherence, report.InAdherenceMinutes, 6);
        Assert.Equal(inAdherence / scheduled, report.Adherence!.Value, 6);
        Assert.Equal(480, scheduled);
        Assert.Equal(
            [(At(8), At(8, 7), "None"), (At(10, 5), At(10, 25), "NotReady:休息"), (At(13), At(13, 10), "NotReady:午休"), (At(16, 30), At(17), "LoggedOut")],
            report.OutOfAdherence.Select(s => (s.From, s.To, s.Actual)));
        Assert.Equal(scheduled - inAdherence, report.OutOfAdherence.Sum(s => s.Minutes), 6);
    }

    [Fact]
    public void The_window_clips_the_schedule()
    {
        var schedule = ShiftExpander.Expand(Early, Day, Beijing, []);
        AgentStateSpan[] states = [new("Ready", "", At(8), At(17))];

        var report = AdherenceCalculator.Compute("8001", At(11), At(14), schedule, states);

        Assert.Equal(120, report.ScheduledMinutes, 6);
        Assert.Equal(120, report.InAdherenceMinutes, 6);
        Assert.Empty(report.OutOfAdherence);
    }

    [Fact]
    public void Nothing_scheduled_has_no_adherence_figure()
    {
        var report = AdherenceCalculator.Compute("8001", At(0), At(23), [], [new AgentStateSpan("Ready", "", At(8), At(9))]);

        Assert.Equal(0, report.ScheduledMinutes);
        Assert.Null(report.Adherence);
    }

    [Fact]
    public void An_interval_that_ends_before_it_starts_is_refused()
    {
        var error = Assert.Throws<PeopleValidationException>(() =>
            AdherenceCalculator.Compute("8001", At(0), At(23), [], [new AgentStateSpan("Ready", "", At(9), At(8))]));

        Assert.Contains("Ready", error.Message, StringComparison.Ordinal);
    }

    // The expected figures by sampling each minute: scheduled if a work span covers it, in adherence if a working state does too.
    internal static (double Scheduled, double InAdherence) CountMinutes(IReadOnlyList<ScheduledSpan> schedule, IReadOnlyList<AgentStateSpan> states, DateTimeOffset from, DateTimeOffset until)
    {
        string[] working = ["Ready", "Ringing", "Talking", "WrapUp"];
        double scheduled = 0, inAdherence = 0;
        for (var t = from; t < until; t = t.AddMinutes(1))
        {
            var mid = t.AddSeconds(30);
            if (!schedule.Any(s => s.Kind == ScheduledSpanKind.Work && s.From <= mid && mid < s.To))
                continue;
            scheduled++;
            if (states.Any(s => working.Contains(s.State) && s.From <= mid && mid < s.To))
                inAdherence++;
        }

        return (scheduled, inAdherence);
    }
}
