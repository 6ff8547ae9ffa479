using System.Globalization;
using Hotline.Portal.Jobs;
using Hotline.Portal.Resources;
using Hotline.Reports.Sources;
using Microsoft.Extensions.Localization;

namespace Hotline.Portal.Reports;

/// <summary>Report generation as a background job with progress and cancellation: started from the report page or the API,
/// checked before it starts (a request that cannot be served is refused at once, not as a failed job).</summary>
public sealed class ReportJobs(PortalJobs jobs, ReportRunner runner, IStringLocalizer<ReportPageText> text) : IReportJobStarter
{
    /// <summary>The job kind.</summary>
    public const string Kind = "report";

    /// <inheritdoc />
    public JobSnapshot Start(ReportRequest request, string owner)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        return jobs.Start(Kind, owner, TitleOf(request), async (progress, cancellationToken) =>
        {
            var (_, entry) = await runner.RunAsync(request, "request", null, progress, cancellationToken);
            return $"{ReportEndpoints.Prefix}/archive/{Uri.EscapeDataString(entry.Id)}";
        });
    }

    private string TitleOf(ReportRequest request)
    {
        var kind = text["Kind_" + ReportKinds.Name(request.Kind)];
        var range = request.From == request.To
            ? request.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : $"{request.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} ~ {request.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        return request.Agent is { Length: > 0 } agent ? $"{kind} {range} {agent}" : $"{kind} {range}";
    }
}
