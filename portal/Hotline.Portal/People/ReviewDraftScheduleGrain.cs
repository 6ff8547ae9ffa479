using System.Globalization;
using Hotline.Analytics.Schema;
using Hotline.Grains;
using Hotline.Portal.Hosting;
using Hotline.Grains.Abstractions.People;
using Hotline.Portal.Api;
using Hotline.Reports.Scheduling;
using Hotline.Reports.Sources;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.People;

/// <summary>
/// Drafts last month's performance reviews by itself ("draft by the system" in the review workflow): an Orleans reminder wakes it,
/// it works out from its stored progress which months are over (<see cref="ReportScheduleCalendar"/>) and drafts each member of the
/// role through <see cref="PeopleReviewDrafter"/>, which gathers the figures from analytics. A month counts as done only when
/// every review was drafted; a review HR already moved past the draft is left as it is.
/// </summary>
/// <remarks>A silo without a reminder service gets a grain timer instead, which the start-up call re-arms after a restart.</remarks>
public sealed partial class ReviewDraftScheduleGrain(
    [PersistentState("review-drafting", GrainStorage.Main)] IPersistentState<ReviewDraftScheduleState> state,
    PeopleReviewDrafter drafter,
    IReviewStaff staff,
    IOptions<ReviewDraftingOptions> options,
    TimeProvider time,
    ILogger<ReviewDraftScheduleGrain> logger) : Grain, IReviewDraftScheduleGrain, IRemindable
{
    private const string ReminderName = "review-drafting";
    private static readonly TimeSpan WakeUpPeriod = TimeSpan.FromMinutes(30);
    private IGrainTimer? _timer;

    /// <inheritdoc />
    public async Task StartAsync()
    {
        await KeepAwakeAsync();
        // Drafting a month for every agent takes longer than a grain call may wait: it runs in a timer turn.
        this.RegisterGrainTimer(_ => RunDueAsync(), new GrainTimerCreationOptions(TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan) { Interleave = false });
    }

    /// <inheritdoc />
    async Task<IReadOnlyList<string>> IReviewDraftScheduleGrain.RunDueAsync() => await RunDueAsync();

    /// <inheritdoc />
    public Task ReceiveReminder(string reminderName, TickStatus status) => RunDueAsync();

    private async Task<IReadOnlyList<string>> RunDueAsync()
    {
        var settings = options.Value;
        var drafted = new List<string>();
        if (!settings.Enabled)
            return drafted;
        var at = TimeOnly.ParseExact(settings.At, "HH:mm", CultureInfo.InvariantCulture);
        var now = time.GetUtcNow().ToOffset(AnalyticsTime.Offset).DateTime;
        foreach (var (from, until) in ReportScheduleCalendar.Due(ReportKind.Review, at, state.State.LastMonthDone, now))
        {
            try
            {
                var employees = await staff.InRoleAsync(settings.Role, CancellationToken.None);
                var reviews = await drafter.DraftAllAsync(PeopleActor.System, employees, settings.Role, from, until, CancellationToken.None);
                drafted.AddRange(reviews.Select(r => r.Id));

                state.State.LastMonthDone = until;
                await state.WriteStateAsync();
                LogMonthDrafted(logger, from, until, drafted.Count);
            }
#pragma warning disable CA1031 // Analytics or the store may be away; the month stays due and the next wake-up tries again.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogFailed(logger, ex, from, until, ex.Message);
                break;
            }
        }

        return drafted;
    }

    private async Task KeepAwakeAsync()
    {
        if (_timer is not null)
            return;
        (_timer, var noReminders) = await ScheduleWakeUp.KeepAwakeAsync(this, ReminderName, WakeUpPeriod, RunDueAsync);
        if (noReminders is not null)
            LogNoReminders(logger, noReminders);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Performance reviews for {From} … {Until} drafted by the system ({Count} so far in this pass)")]
    private static partial void LogMonthDrafted(ILogger logger, DateOnly from, DateOnly until, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Drafting the performance reviews for {From} … {Until} failed: {Reason}; retried at the next wake-up")]
    private static partial void LogFailed(ILogger logger, Exception exception, DateOnly from, DateOnly until, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Review drafting: no reminder service ({Reason}); a grain timer wakes it instead and start-up re-arms it")]
    private static partial void LogNoReminders(ILogger logger, string reason);
}
