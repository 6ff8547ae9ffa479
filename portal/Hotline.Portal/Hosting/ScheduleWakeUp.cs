namespace Hotline.Portal.Hosting;

/// <summary>Keeps a schedule grain waking up: an Orleans reminder (durable, one per cluster) where the silo has a reminder service,
/// a grain timer otherwise (which the host's start-up call re-arms after a restart).</summary>
public static class ScheduleWakeUp
{
    /// <summary>Registers the reminder <paramref name="reminder"/> every <paramref name="period"/>; without a reminder service, starts a timer
    /// calling <paramref name="wake"/> instead and returns it with the reason, for the grain to keep and log.</summary>
    public static async Task<(IGrainTimer? Timer, string? NoReminders)> KeepAwakeAsync(Grain grain, string reminder, TimeSpan period, Func<Task> wake)
    {
        ArgumentNullException.ThrowIfNull(grain);
        try
        {
            await grain.RegisterOrUpdateReminder(reminder, TimeSpan.FromMinutes(1), period);
            return (null, null);
        }
        catch (Exception ex) when (ex is OrleansException or InvalidOperationException)
        {
            return (grain.RegisterGrainTimer(_ => wake(), new GrainTimerCreationOptions(period, period) { KeepAlive = true, Interleave = false }), ex.Message);
        }
    }

    /// <summary>Completes once the host has started (so the silo can register reminders), or is cancelled with <paramref name="stoppingToken"/>.</summary>
    public static async Task HostStartedAsync(IHostApplicationLifetime lifetime, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(lifetime);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            await started.Task.WaitAsync(stoppingToken);
    }
}
