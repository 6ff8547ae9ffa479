using System.Globalization;
using Hotline.Analytics.Schema;
using Hotline.Grains;
using Hotline.Portal.Hosting;
using Hotline.Reports.Scheduling;
using Hotline.Reports.Sources;

namespace Hotline.Portal.Reports;

/// <summary>Produces scheduled reports into the archive (and mails them): an Orleans reminder wakes it every few minutes, it works out from its stored
/// progress which periods are due (<see cref="ReportScheduleCalendar"/>) and runs them, so reports missed while the host was down are caught up.</summary>
/// <remarks>A silo without a reminder service gets a grain timer instead, which the start-up call re-arms after a restart; the log says so once.</remarks>
public sealed partial class ReportScheduleGrain(
    [PersistentState("report-schedule", GrainStorage.Main)] IPersistentState<ReportScheduleState> state,
    ReportRunner runner,
    TimeProvider time,
    ILogger<ReportScheduleGrain> logger) : Grain, IReportScheduleGrain, IRemindable
{
    private const string ReminderName = "report-schedule";
    private static readonly TimeSpan WakeUpPeriod = TimeSpan.FromMinutes(5);
    private IGrainTimer? _timer;

    /// <inheritdoc />
    public async Task ConfigureAsync(IReadOnlyList<ReportSchedule> schedules)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        state.State.Schedules = [.. schedules];
        await state.WriteStateAsync();
        await KeepAwakeAsync();
        // Due reports are produced in a timer turn, not in this call: a catch-up run may take longer than a grain call may wait.
        this.RegisterGrainTimer(_ => RunDueAsync(), new GrainTimerCreationOptions(TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan) { Interleave = false });
    }

    /// <inheritdoc />
    async Task<IReadOnlyList<string>> IReportScheduleGrain.RunDueAsync() => await RunDueAsync();

    private async Task<IReadOnlyList<string>> RunDueAsync()
    {
        var produced = new List<string>();
        var now = time.GetUtcNow().ToOffset(AnalyticsTime.Offset).DateTime;
        foreach (var schedule in state.State.Schedules)
        {
            try
            {
                var kind = ReportKinds.Parse(schedule.Kind);
                var at = TimeOnly.ParseExact(schedule.At, "HH:mm", CultureInfo.InvariantCulture);
                var done = state.State.LastDone.TryGetValue(schedule.Name, out var last) ? last : (DateOnly?)null;
                foreach (var (from, to) in ReportScheduleCalendar.Due(kind, at, done, now))
                {
                    var (_, entry) = await runner.RunAsync(new ReportRequest(kind, from, to, schedule.Agent), $"schedule:{schedule.Name}", schedule.Recipients);
                    state.State.LastDone[schedule.Name] = to;
                    await state.WriteStateAsync();
                    produced.Add(entry.Id);
                    LogProduced(logger, schedule.Name, entry.Id);
                }
            }
#pragma warning disable CA1031 // One broken schedule (bad setting, engine down) must not stop the others; it is retried at the next wake-up.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogFailed(logger, ex, schedule.Name, ex.Message);
            }
        }

        return produced;
    }

    /// <inheritdoc />
    public Task ReceiveReminder(string reminderName, TickStatus status) => RunDueAsync();

    private async Task KeepAwakeAsync()
    {
        if (_timer is not null)
            return;
        (_timer, var noReminders) = await ScheduleWakeUp.KeepAwakeAsync(this, ReminderName, WakeUpPeriod, RunDueAsync);
        if (noReminders is not null)
            LogNoReminders(logger, noReminders);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled report {Schedule}: archived {Id}")]
    private static partial void LogProduced(ILogger logger, string schedule, string id);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled report {Schedule} failed: {Reason}; retried at the next wake-up")]
    private static partial void LogFailed(ILogger logger, Exception exception, string schedule, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Report schedule: no reminder service ({Reason}); a grain timer wakes it instead and start-up re-arms it")]
    private static partial void LogNoReminders(ILogger logger, string reason);
}
