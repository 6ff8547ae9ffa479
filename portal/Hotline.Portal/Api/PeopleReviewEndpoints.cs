using System.Security.Claims;
using Hotline.Grains.Abstractions.People;

namespace Hotline.Portal.Api;

/// <summary>KPI schemes and performance reviews under <c>/api/v1/people</c>; a review's key is its employee and period.</summary>
public static class PeopleReviewEndpoints
{
    private const string Review = "/reviews/{employee}/{from}/{until}";

    /// <summary>Maps the review operations on <paramref name="group"/>.</summary>
    public static void MapPeopleReviews(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/kpi-schemes", (IReviewCatalog reviews, CancellationToken ct) => reviews.GetSchemesAsync(ct))
            .WithName("ListKpiSchemes").WithSummary("The KPI definitions (weights, targets, caps) of every role");
        group.MapPut("/kpi-schemes/{role}", async (string role, HttpRequest request, ClaimsPrincipal user, IReviewCatalog reviews, CancellationToken ct) =>
                await reviews.SaveSchemeAsync(Actor(user), await PeopleRequestReader.ReadAsync<KpiScheme>(request, "role", role, ct), ct))
            .Accepts<KpiScheme>("application/json").Produces<KpiScheme>()
            .WithName("SaveKpiScheme").WithSummary("Replaces a role's KPI scheme; weights sum to 1 (HR)");
        group.MapGet("/reviews", (string? employee, DateOnly? from, DateOnly? until, ClaimsPrincipal user, IReviewCatalog reviews, CancellationToken ct) =>
                reviews.ListAsync(Actor(user), employee, from, until, ct))
            .WithName("ListReviews").WithSummary("Reviews by employee and period; employees see their own approved ones");
        group.MapPost("/reviews", async (PeopleReviewRequest body, ClaimsPrincipal user, PeopleReviewDrafter drafter, CancellationToken ct) =>
            {
                var review = await drafter.DraftAsync(Actor(user), body.Employee, body.Role, body.From, body.Until, ct);
                return Results.Created($"{PeopleEndpoints.Prefix}/reviews/{review.Id}", review);
            })
            .WithName("DraftReview").WithSummary("Gathers the employee's figures from analytics, the roster and the exams and drafts the review (HR)");
        group.MapGet(Review, (string employee, DateOnly from, DateOnly until, ClaimsPrincipal user, IGrainFactory grains) =>
                Grain(grains, employee, from, until).GetAsync(Actor(user)))
            .WithName("GetReview").WithSummary("A review with each KPI's target, actual, attainment, weight and evidence");
        group.MapPost(Review + "/comment", (string employee, DateOnly from, DateOnly until, PeopleNoteRequest body, ClaimsPrincipal user, IGrainFactory grains) =>
                Grain(grains, employee, from, until).CommentAsync(Actor(user), body.Note ?? ""))
            .WithName("CommentReview").WithSummary("The supervisor's comment on a draft");
        group.MapPost(Review + "/approve", (string employee, DateOnly from, DateOnly until, PeopleNoteRequest body, ClaimsPrincipal user, IGrainFactory grains) =>
                Grain(grains, employee, from, until).ApproveAsync(Actor(user), body.Note))
            .WithName("ApproveReview").WithSummary("HR approves a commented review; it enters the employee's archive");
        group.MapPost(Review + "/return", (string employee, DateOnly from, DateOnly until, PeopleNoteRequest body, ClaimsPrincipal user, IGrainFactory grains) =>
                Grain(grains, employee, from, until).ReturnAsync(Actor(user), body.Note ?? ""))
            .WithName("ReturnReview").WithSummary("HR sends a commented review back to the supervisor with the reason");
        group.MapPost(Review + "/acknowledge", (string employee, DateOnly from, DateOnly until, PeopleNoteRequest body, ClaimsPrincipal user, IGrainFactory grains) =>
                Grain(grains, employee, from, until).AcknowledgeAsync(Actor(user), body.Note))
            .WithName("AcknowledgeReview").WithSummary("The employee acknowledges an approved review");
    }

    private static IPerformanceReviewGrain Grain(IGrainFactory grains, string employee, DateOnly from, DateOnly until) =>
        grains.GetGrain<IPerformanceReviewGrain>(ReviewKey.For(employee, from, until));

    private static PeopleActor Actor(ClaimsPrincipal user) => PeopleActorReader.From(user);
}
