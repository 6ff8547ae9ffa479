namespace Hotline.Portal.Reports;

/// <summary>One scheduled report (<c>Hotline:Reports:Schedules:N</c>): which report, at what local hour, for whom.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Reports.ReportSchedule")]
public sealed record ReportSchedule
{
    /// <summary>A unique name; the archive marks its reports "schedule:NAME".</summary>
    [Id(0)] public string Name { get; init; } = "";

    /// <summary>daily (yesterday), qa (last Monday–Sunday), monthly or review (last month).</summary>
    [Id(1)] public string Kind { get; init; } = "";

    /// <summary>The reviewed agent, for review schedules.</summary>
    [Id(2)] public string? Agent { get; init; }

    /// <summary>The local time of day (HH:mm) from which the report is due.</summary>
    [Id(3)] public string At { get; init; } = "06:00";

    /// <summary>E-mail addresses the report goes to; empty means archive only.</summary>
    [Id(4)] public IReadOnlyList<string> Recipients { get; init; } = [];
}
