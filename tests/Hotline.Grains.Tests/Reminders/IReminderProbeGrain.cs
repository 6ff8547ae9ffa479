namespace Hotline.Grains.Tests.Reminders;

/// <summary>A grain that registers one reminder and reports, through <see cref="ReminderFirings"/>, on which silo it fired.</summary>
public interface IReminderProbeGrain : IGrainWithStringKey
{
    Task RegisterAsync(TimeSpan dueTime);
}
