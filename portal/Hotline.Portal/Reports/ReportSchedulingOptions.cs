namespace Hotline.Portal.Reports;

/// <summary>The host's report settings besides fonts and rules: the schedules and the mail server (both under <c>Hotline:Reports</c>).</summary>
public sealed class ReportSchedulingOptions
{
    /// <summary><c>Hotline:Reports:Schedules</c>.</summary>
    public IList<ReportSchedule> Schedules { get; set; } = [];

    /// <summary><c>Hotline:Reports:Mail</c>.</summary>
    public ReportMailOptions Mail { get; set; } = new();
}
