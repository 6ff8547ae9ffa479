using Hotline.Grains.Abstractions.Tickets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hotline.Grains.Tickets.Deadlines;

/// <summary>The one deadline sweeper: a durable reminder wakes it every few minutes to urge, escalate and mark major complaints across the store.</summary>
/// <remarks>
/// One reminder for all tickets, not one per ticket: the due work is found by indexed queries, and every action is idempotent per
/// ticket and threshold, so a sweep that reruns (after a crash, or twice in a row) repeats nothing.
/// A silo without a reminder service gets a grain timer instead, which start-up re-arms after a restart.
/// </remarks>
public sealed partial class TicketSweepGrain(
    [PersistentState("ticket-sweep", GrainStorage.Main)] IPersistentState<TicketSweepState> state,
    TicketDeadlineSweep deadlines,
    TicketMajorSweep major,
    IOptions<TicketSweepOptions> options,
    ILogger<TicketSweepGrain> logger) : Grain, ITicketSweepGrain, IRemindable
{
    private const string ReminderName = "ticket-sweep";
    private IGrainTimer? _timer;

    /// <inheritdoc />
    public async Task StartAsync()
    {
        if (_timer is not null)
            return;
        var period = options.Value.Period < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : options.Value.Period;
        try
        {
            await this.RegisterOrUpdateReminder(ReminderName, period, period);
        }
        catch (Exception ex) when (ex is OrleansException or InvalidOperationException)
        {
            LogNoReminders(logger, ex.Message);
            _timer = this.RegisterGrainTimer(_ => SweepLoggedAsync(), new GrainTimerCreationOptions(period, period) { KeepAlive = true, Interleave = false });
        }
    }

    /// <inheritdoc />
    public async Task<TicketSweepResult> SweepAsync()
    {
        var urged = await deadlines.UrgeAsync(CancellationToken.None);
        var escalated = await deadlines.EscalateAsync(CancellationToken.None);
        var (marked, checkedUpTo) = await major.RunAsync(state.State.MajorCheckedUpToUnixMs, CancellationToken.None);
        state.State.MajorCheckedUpToUnixMs = checkedUpTo;
        await state.WriteStateAsync();
        var result = new TicketSweepResult(
            urged.Acted, escalated.Acted, marked.Acted,
            urged.Examined + escalated.Examined + marked.Examined,
            urged.Pages + escalated.Pages + marked.Pages);
        if (result.Urged + result.Escalated + result.MarkedMajor > 0)
            LogSwept(logger, result.Urged, result.Escalated, result.MarkedMajor, result.Examined, result.Pages);
        return result;
    }

    /// <inheritdoc />
    public Task ReceiveReminder(string reminderName, TickStatus status) => SweepLoggedAsync();

    private async Task SweepLoggedAsync()
    {
        try
        {
            await SweepAsync();
        }
#pragma warning disable CA1031 // A failed sweep (store down) is retried at the next wake-up; it must not stop the reminder.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFailed(logger, ex, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ticket sweep: urged {Urged}, escalated {Escalated}, marked major {Major} ({Examined} examined in {Pages} pages)")]
    private static partial void LogSwept(ILogger logger, int urged, int escalated, int major, int examined, int pages);

    [LoggerMessage(Level = LogLevel.Error, Message = "Ticket sweep failed: {Reason}; retried at the next wake-up")]
    private static partial void LogFailed(ILogger logger, Exception exception, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ticket sweep: no reminder service ({Reason}); a grain timer wakes it instead and start-up re-arms it")]
    private static partial void LogNoReminders(ILogger logger, string reason);
}
