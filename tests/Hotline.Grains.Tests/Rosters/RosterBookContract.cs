using Hotline.Grains.Abstractions.People;
using Hotline.Grains.People.Store;
using Hotline.Grains.Tests.Reviews;

namespace Hotline.Grains.Tests.Rosters;

/// <summary>Templates, shifts and leave stored in the real operational store, and adherence over them.</summary>
[Trait("Category", "Integration")]
public abstract class RosterBookContract(PeopleClusterFixture fixture)
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateTimeOffset At(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, Beijing);

    private async Task PlanWeekAsync(string agent)
    {
        await fixture.Rosters.SaveTemplateAsync(PeopleActors.Supervisor, new ShiftTemplate
        {
            Id = "early", Name = "早班", Start = new TimeOnly(8, 0), Minutes = 9 * 60, Breaks = [new ShiftBreak(240, 60)],
        }, Ct);
        await fixture.Rosters.SaveTemplateAsync(PeopleActors.Supervisor, new ShiftTemplate { Id = "night", Name = "夜班", Start = new TimeOnly(22, 0), Minutes = 480 }, Ct);
        await fixture.Rosters.PlanAsync(PeopleActors.Supervisor,
        [
            new RosterShift(agent, new DateOnly(2026, 11, 2), "early"),
            new RosterShift(agent, new DateOnly(2026, 11, 3), "early"),
            new RosterShift(agent, new DateOnly(2026, 11, 4), "night"),
        ], Ct);
    }

    [Fact]
    public async Task Adherence_over_stored_shifts_and_leave_matches_a_minute_by_minute_count()
    {
        await PlanWeekAsync("8001");
        await fixture.Rosters.AddLeaveAsync(PeopleActors.Manager, new LeavePeriod("8001", At(3, 13), At(3, 18), "病假"), Ct);
        AgentStateSpan[] states =
        [
            new("Ready", "", At(2, 8, 5), At(2, 12)),
            new("NotReady", "午休", At(2, 12), At(2, 13, 15)),
            new("Talking", "", At(2, 13, 15), At(2, 17)),
            new("Ready", "", At(3, 8), At(3, 11)),
            new("LoggedOut", "", At(3, 11), At(3, 12)),
            new("Ready", "", At(4, 22), At(5, 6)),
        ];
        var (from, until) = (At(2, 0), At(6, 0));

        var schedule = await fixture.Rosters.GetScheduleAsync(PeopleActors.Agent, "8001", from, until, Ct);
        var report = await fixture.Rosters.GetAdherenceAsync(PeopleActors.Supervisor, "8001", from, until, states, Ct);

        var (scheduled, inAdherence) = AdherenceCalculatorTests.CountMinutes(schedule, states, from, until);
        // Day 2: 8 h work; day 3: 4 h morning (afternoon on leave); night of day 4: 8 h.
        Assert.Equal(480 + 240 + 480, scheduled);
        Assert.Equal(scheduled, report.ScheduledMinutes, 6);
        Assert.Equal(inAdherence, report.InAdherenceMinutes, 6);
        Assert.Equal(scheduled - 5 - 15 - 60, inAdherence);
        Assert.Contains(schedule, s => s.Kind == ScheduledSpanKind.Leave && s.From == At(3, 13) && s.To == At(3, 17));
        Assert.Equal(["None", "NotReady:午休", "LoggedOut"], report.OutOfAdherence.Select(s => s.Actual));
    }

    [Fact]
    public async Task Planning_needs_a_supervisor_and_known_templates_and_agents_read_only_their_own_schedule()
    {
        await PlanWeekAsync("8002");

        await Assert.ThrowsAsync<PeopleAccessException>(() =>
            fixture.Rosters.PlanAsync(PeopleActors.Agent, [new RosterShift("8002", new DateOnly(2026, 11, 5), "early")], Ct));
        var unknown = await Assert.ThrowsAsync<PeopleNotFoundException>(() => fixture.Rosters.PlanAsync(PeopleActors.Supervisor,
            [new RosterShift("8002", new DateOnly(2026, 11, 5), "early"), new RosterShift("8002", new DateOnly(2026, 11, 6), "graveyard")], Ct));
        Assert.Contains("graveyard", unknown.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<PeopleAccessException>(() => fixture.Rosters.GetScheduleAsync(PeopleActors.Agent, "8002", At(2, 0), At(9, 0), Ct));
        var week = await fixture.Rosters.GetScheduleAsync(PeopleActors.OtherAgent, "8002", At(2, 0), At(9, 0), Ct);
        // Nothing of the refused plan was stored: no shift on the 5th.
        Assert.DoesNotContain(week, s => s.From >= At(5, 8));
        Assert.True(await fixture.Rosters.UnplanAsync(PeopleActors.Supervisor, "8002", new DateOnly(2026, 11, 3), Ct));
        Assert.Empty(await fixture.Rosters.GetScheduleAsync(PeopleActors.Supervisor, "8002", At(3, 0), At(4, 0), Ct));
        await Assert.ThrowsAsync<PeopleValidationException>(() => fixture.Rosters.GetScheduleAsync(PeopleActors.Supervisor, "8002", At(2, 0), At(2, 0).AddDays(100), Ct));
    }

    [Fact]
    public async Task Leave_is_listed_for_its_window_even_on_days_without_a_shift_and_only_to_the_agent_and_readers()
    {
        await fixture.Rosters.AddLeaveAsync(PeopleActors.Supervisor, new LeavePeriod("8009", At(16, 0), At(18, 0), "年假"), Ct);
        await fixture.Rosters.AddLeaveAsync(PeopleActors.Supervisor, new LeavePeriod("8009", At(20, 9), At(20, 12), "事假"), Ct);
        await fixture.Rosters.AddLeaveAsync(PeopleActors.Supervisor, new LeavePeriod("8010", At(17, 0), At(18, 0), "病假"), Ct);

        var week = await fixture.Rosters.GetLeaveAsync(PeopleActors.Agent with { Id = "8009" }, "8009", At(16, 0), At(20, 0), Ct);
        var later = await fixture.Rosters.GetLeaveAsync(PeopleActors.Hr, "8009", At(18, 0), At(23, 0), Ct);

        Assert.Equal([new LeavePeriod("8009", At(16, 0), At(18, 0), "年假")], week);
        Assert.Equal(["事假"], later.Select(l => l.Kind));
        Assert.Empty(await fixture.Rosters.GetScheduleAsync(PeopleActors.Hr, "8009", At(16, 0), At(20, 0), Ct));
        await Assert.ThrowsAsync<PeopleAccessException>(() => fixture.Rosters.GetLeaveAsync(PeopleActors.OtherAgent, "8009", At(16, 0), At(20, 0), Ct));
        await Assert.ThrowsAsync<PeopleValidationException>(() => fixture.Rosters.GetLeaveAsync(PeopleActors.Hr, "8009", At(20, 0), At(16, 0), Ct));
    }

    [Fact]
    public async Task Templates_with_overlapping_breaks_are_refused_and_the_schema_step_repeats_safely()
    {
        var bad = new ShiftTemplate { Id = "bad", Name = "坏班", Start = new TimeOnly(9, 0), Minutes = 480, Breaks = [new(60, 30), new(80, 10)] };

        var error = await Assert.ThrowsAsync<PeopleValidationException>(() => fixture.Rosters.SaveTemplateAsync(PeopleActors.Supervisor, bad, Ct));

        Assert.Contains("minute 80", error.Message, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        await PeopleStoreSchema.EnsureAsync(db, fixture.Clock, Ct);
        Assert.Equal(2, (await fixture.Reviews.GetSchemesAsync(Ct)).Count);
    }
}
