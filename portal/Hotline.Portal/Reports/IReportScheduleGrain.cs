namespace Hotline.Portal.Reports;

/// <summary>The report schedule (one grain, key "default"): holds the configured schedules and produces every report that falls due, woken by an Orleans reminder.</summary>
public interface IReportScheduleGrain : IGrainWithStringKey
{
    /// <summary>Replaces the schedules, makes sure the wake-up is registered and produces what is due now.</summary>
    Task ConfigureAsync(IReadOnlyList<ReportSchedule> schedules);

    /// <summary>Produces every report that is due now; returns the archive ids produced.</summary>
    Task<IReadOnlyList<string>> RunDueAsync();
}
