namespace Hotline.Portal.Reports;

/// <summary>What the schedule grain keeps: the schedules, and per schedule name the last day of the latest period it produced.</summary>
[GenerateSerializer, Alias("Hotline.Reports.ReportScheduleState")]
public sealed class ReportScheduleState
{
    /// <summary>Schedule name → last day of the last period produced.</summary>
    [Id(0)] public Dictionary<string, DateOnly> LastDone { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The schedules last configured.</summary>
    [Id(1)] public List<ReportSchedule> Schedules { get; set; } = [];
}
