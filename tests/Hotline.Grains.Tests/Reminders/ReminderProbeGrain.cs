namespace Hotline.Grains.Tests.Reminders;

/// <summary>Registers a reminder with a one-minute period (Orleans' minimum) and records each firing with the silo it ran on.</summary>
public sealed class ReminderProbeGrain(ILocalSiloDetails silo) : Grain, IReminderProbeGrain, IRemindable
{
    public const string ReminderName = "probe";

    public Task RegisterAsync(TimeSpan dueTime) => this.RegisterOrUpdateReminder(ReminderName, dueTime, TimeSpan.FromMinutes(1));

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        ReminderFirings.Record(this.GetPrimaryKeyString(), silo.SiloAddress);
        return Task.CompletedTask;
    }
}
