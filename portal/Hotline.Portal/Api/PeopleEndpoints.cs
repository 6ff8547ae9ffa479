using Hotline.Portal.Identity;

namespace Hotline.Portal.Api;

/// <summary>The people API under <c>/api/v1/people</c> for signed-in users: training and exams, rosters and adherence, KPI schemes and reviews; each action's roles are checked by the domain.</summary>
public static class PeopleEndpoints
{
    /// <summary>The route prefix.</summary>
    public const string Prefix = "/api/v1/people";

    /// <summary>Maps the operations.</summary>
    public static IEndpointRouteBuilder MapPeople(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix).WithTags("people").RequireAuthorization(PortalPolicies.SignedIn)
            .AddEndpointFilter<PeopleProblemFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPeopleTraining();
        group.MapPeopleRosters();
        group.MapPeopleReviews();
        return endpoints;
    }
}
