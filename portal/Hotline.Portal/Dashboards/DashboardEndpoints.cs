using System.Globalization;
using Hotline.Analytics.Engines;
using Hotline.Portal.Identity;
using Hotline.Portal.Reports;

namespace Hotline.Portal.Dashboards;

/// <summary>The dashboards' exports under <c>/api/v1/dashboards</c> for report readers; every file handed out is audited as an export.</summary>
public static class DashboardEndpoints
{
    /// <summary>The route prefix.</summary>
    public const string Prefix = "/api/v1/dashboards";

    /// <summary>The Excel content type.</summary>
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Maps the export.</summary>
    public static IEndpointRouteBuilder MapDashboards(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix).WithTags("dashboards").RequireAuthorization(ReportAccess.PolicyName).AddEndpointFilter<AuditedExportFilter>();
        group.MapGet("/comparison.xlsx", ComparisonAsync)
            .WithName("ExportDashboardComparison")
            .WithSummary("The 同比/环比 table (measure Calls|Tickets, dimension, unit Day|Week|Month|Quarter|Year, start yyyy-MM-dd) as an Excel file")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return endpoints;
    }

    private static async Task<IResult> ComparisonAsync(string? measure, string? dimension, string? unit, string? start, IDashboardData data, DashboardWorkbook workbook,
        CancellationToken cancellationToken)
    {
        try
        {
            var request = DashboardRequest.Parse(measure, dimension, unit, start);
            var view = await data.LoadAsync(request, cancellationToken);
            var name = string.Create(CultureInfo.InvariantCulture, $"comparison-{request.Measure}-{request.Dimension}-{request.Unit}-{request.Start:yyyyMMdd}.xlsx");
            return Results.File(workbook.Write(view), Xlsx, name);
        }
        catch (ArgumentException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The dashboard cannot be produced for this request", detail: ex.Message);
        }
        catch (AnalyticsEngineException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Analytics is unavailable", detail: ex.Message);
        }
    }
}
