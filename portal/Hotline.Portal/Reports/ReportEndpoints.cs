using System.Security.Claims;
using Hotline.Portal.Jobs;
using Hotline.Reports.Archive;
using Hotline.Analytics.Engines;
using Hotline.Reports.Data;
using Hotline.Reports.Fonts;
using Hotline.Reports.Sources;

namespace Hotline.Portal.Reports;

/// <summary>The report API under <c>/api/v1/reports</c>: generate a report as PDF, list the archive, fetch an archived PDF. Errors are problem details.</summary>
public static class ReportEndpoints
{
    /// <summary>The route prefix.</summary>
    public const string Prefix = "/api/v1/reports";

    /// <summary>Maps the report endpoints.</summary>
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix).WithTags("reports").WithMetadata(ReportAccess.Readers);
        group.MapGet("/archive", (ReportArchive archive) => Results.Ok(archive.List()))
            .WithSummary("The report archive, newest first");
        group.MapGet("/archive/{id}", (string id, ReportArchive archive) =>
                archive.Find(id) is { } found && File.Exists(found.Path)
                    ? Results.File(found.Path, "application/pdf", found.Entry.Id + ".pdf")
                    : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such report", detail: $"The archive has no report '{id}'."))
            .WithSummary("An archived report as PDF");
        group.MapPost("/jobs", StartJob)
            .WithName("StartReportJob").WithSummary("Starts producing a report in the background; follow it (progress, cancel, result) under /api/v1/jobs/{id}")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{kind}", GenerateAsync)
            .WithSummary("Generates a report (daily, monthly, qa, review) for from–to (yyyy-MM-dd, both included) as PDF, and archives it");
        return endpoints;
    }

    private static IResult StartJob(ReportJobRequest body, ClaimsPrincipal user, ReportJobs reports)
    {
        try
        {
            var request = new ReportRequest(ReportKinds.Parse(body.Kind ?? ""), ReportRequest.ParseDay(body.From, "from"), ReportRequest.ParseDay(body.To, "to"), body.Agent);
            var job = reports.Start(request, JobEndpoints.NameOf(user));
            return Results.Accepted($"{JobEndpoints.Prefix}/{job.Id}", job);
        }
        catch (Exception ex) when (ex is ReportRequestException or ReportPeriodException)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The report cannot be produced for this request", detail: ex.Message);
        }
    }

    private static async Task<IResult> GenerateAsync(string kind, string? from, string? to, string? agent, ReportRunner runner, CancellationToken cancellationToken)
    {
        try
        {
            var request = new ReportRequest(ReportKinds.Parse(kind), ReportRequest.ParseDay(from, "from"), ReportRequest.ParseDay(to, "to"), agent);
            var (report, entry) = await runner.RunAsync(request, "request", cancellationToken: cancellationToken);
            return Results.File(report.Pdf, "application/pdf", report.FileName, lastModified: entry.CreatedAt);
        }
        catch (Exception ex) when (ex is ReportRequestException or ReportPeriodException)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The report cannot be produced for this request", detail: ex.Message);
        }
        catch (Exception ex) when (ex is AnalyticsEngineException or ReportFontException)
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Reports are unavailable", detail: ex.Message);
        }
    }
}
