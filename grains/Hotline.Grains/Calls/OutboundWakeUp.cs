using Microsoft.Extensions.Logging;

namespace Hotline.Grains.Calls;

/// <summary>
/// Wakes a call-back list or campaign while it has work: an Orleans reminder, so it runs again after a restart or on
/// another silo. A silo without a reminder service gets a grain timer instead (work resumes when the grain is next
/// called) and says so once in the log.
/// </summary>
internal sealed partial class OutboundWakeUp(Grain grain, string name, Func<Task> tick, ILogger logger)
{
    /// <summary>How often the reminder fires (the reminder service's minimum period).</summary>
    public static readonly TimeSpan ReminderPeriod = TimeSpan.FromMinutes(1);

    private static readonly TimeSpan TimerPeriod = TimeSpan.FromSeconds(15);

    private IGrainTimer? _timer;
    private bool _reminded;
    private bool _noReminderService;

    /// <summary>Makes sure the wake-up is registered.</summary>
    public async Task KeepAsync()
    {
        if (_reminded || _timer is not null)
        {
            return;
        }

        try
        {
            await grain.RegisterOrUpdateReminder(name, ReminderPeriod, ReminderPeriod);
            _reminded = true;
        }
        catch (Exception ex) when (ex is OrleansException or InvalidOperationException)
        {
            _noReminderService = true;
            LogNoReminders(logger, grain.GetGrainId().ToString(), ex.Message);
            _timer = grain.RegisterGrainTimer(_ => tick(), new GrainTimerCreationOptions(TimerPeriod, TimerPeriod) { KeepAlive = true, Interleave = false });
        }
    }

    /// <summary>Removes the wake-up (no work left).</summary>
    public async Task StopAsync()
    {
        _timer?.Dispose();
        _timer = null;
        if (_noReminderService)
        {
            return;
        }

        try
        {
            if (await grain.GetReminder(name) is { } reminder)
            {
                await grain.UnregisterReminder(reminder);
            }
        }
        catch (Exception ex) when (ex is OrleansException or InvalidOperationException)
        {
            _noReminderService = true; // nothing registered, nothing to remove; the next KeepAsync says so in the log
        }

        _reminded = false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Grain}: no reminder service ({Reason}); a timer wakes it instead, which does not survive a restart")]
    private static partial void LogNoReminders(ILogger logger, string grain, string reason);
}
