using System.Security.Claims;
using Hotline.Grains.Abstractions.People;
using Hotline.Portal.Identity;

namespace Hotline.Portal.Jobs;

/// <summary>The signed-in user's long-running jobs under <c>/api/v1/jobs</c>: list, read one, cancel. Another user's job is
/// refused (403) unless the caller is an administrator. Errors are problem details.</summary>
public static class JobEndpoints
{
    /// <summary>The route prefix.</summary>
    public const string Prefix = "/api/v1/jobs";

    /// <summary>Maps the job endpoints for any signed-in user.</summary>
    public static IEndpointRouteBuilder MapPortalJobs(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix).WithTags("jobs").RequireAuthorization(PortalPolicies.SignedIn);
        group.MapGet("", (ClaimsPrincipal user, PortalJobs jobs) => TypedResults.Ok(jobs.For(NameOf(user))))
            .WithName("ListJobs").WithSummary("The signed-in user's jobs, newest first (running and recently ended)");
        group.MapGet("/{id}", (string id, ClaimsPrincipal user, PortalJobs jobs) =>
                jobs.Find(id) is not { } job ? NotFound(id)
                : MayAct(user, job) ? Results.Ok(job)
                : Forbidden(id, user))
            .WithName("GetJob").WithSummary("One job: state, share done, stage, result path or error")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/{id}/cancel", (string id, ClaimsPrincipal user, PortalJobs jobs) =>
            {
                try
                {
                    return Results.Ok(jobs.Cancel(id, NameOf(user), user.IsInRole(PlatformRole.Admin)));
                }
                catch (KeyNotFoundException)
                {
                    return NotFound(id);
                }
                catch (JobAccessException)
                {
                    return Forbidden(id, user);
                }
            })
            .WithName("CancelJob").WithSummary("Asks a running job to stop; an ended job is returned unchanged")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
        return endpoints;
    }

    /// <summary>The name jobs are owned by.</summary>
    public static string NameOf(ClaimsPrincipal user) => SignedInUser.NameOf(user, "jobs");

    private static bool MayAct(ClaimsPrincipal user, JobSnapshot job) =>
        string.Equals(job.Owner, NameOf(user), StringComparison.Ordinal) || user.IsInRole(PlatformRole.Admin);

    private static IResult NotFound(string id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such job", detail: $"There is no job '{id}' (it never started, or ended long ago).");

    private static IResult Forbidden(string id, ClaimsPrincipal user) =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your job",
            detail: $"Job '{id}' was started by someone else; '{NameOf(user)}' may not see or cancel it.");
}
