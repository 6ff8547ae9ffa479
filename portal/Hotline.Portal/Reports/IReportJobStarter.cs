using Hotline.Portal.Jobs;
using Hotline.Reports.Data;
using Hotline.Reports.Sources;

namespace Hotline.Portal.Reports;

/// <summary>Starts producing a report as a background job (the report page's way in; <see cref="ReportJobs"/> in the platform).</summary>
public interface IReportJobStarter
{
    /// <summary>Starts producing <paramref name="request"/> for <paramref name="owner"/>; refuses a request that cannot be served with
    /// <see cref="ReportRequestException"/> or <see cref="ReportPeriodException"/> before any job starts.</summary>
    JobSnapshot Start(ReportRequest request, string owner);
}
