using System.Security.Claims;
using Hotline.Portal.Identity;
using Hotline.Portal.Live;

namespace Hotline.Portal.Qa;

/// <summary>The agent's side of QA under <c>/api/v1/qa/mine</c>: the reviewed results of the signed-in agent's calls, acknowledgement and
/// appeal. Another agent's call is "not found". Errors are problem details.</summary>
public static class QaAgentEndpoints
{
    /// <summary>The route prefix.</summary>
    public const string Prefix = QaEndpoints.Prefix + "/mine";

    /// <summary>Maps the operations for agents (policy <see cref="PortalPolicies.Desk"/>).</summary>
    public static IEndpointRouteBuilder MapQaForAgents(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix).WithTags("qa").RequireAuthorization(PortalPolicies.Desk)
            .AddEndpointFilter<QaProblemFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("", async (ClaimsPrincipal user, AgentDirectory agents, QaReviewAnswers answers, CancellationToken ct) =>
                await answers.MineAsync(await ExtensionAsync(user, agents, ct), ct))
            .WithName("ListMyQaResults").WithSummary("The reviewed results of the signed-in agent's calls, newest first");
        group.MapPost("/{callId}/acknowledge", async (string callId, ClaimsPrincipal user, AgentDirectory agents, QaReviewAnswers answers, CancellationToken ct) =>
                await answers.AcknowledgeAsync(await ExtensionAsync(user, agents, ct), callId, ct))
            .WithName("AcknowledgeQaResult").WithSummary("The agent accepts the reviewed result of one of their calls")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{callId}/appeal", async (string callId, QaAppealRequest body, ClaimsPrincipal user, AgentDirectory agents, QaReviewAnswers answers, CancellationToken ct) =>
                await answers.AppealAsync(await ExtensionAsync(user, agents, ct), callId, body.Reason ?? "", ct))
            .WithName("AppealQaResult").WithSummary("The agent appeals (申诉) the reviewed result of one of their calls, saying why")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return endpoints;
    }

    // QA knows agents by extension; the signed-in user is mapped through the directory (demo agents are named after their extension).
    private static async Task<string> ExtensionAsync(ClaimsPrincipal user, AgentDirectory agents, CancellationToken cancellationToken)
    {
        var name = SignedInUser.NameOf(user, "QA results");
        return await agents.ExtensionOfAsync(name, cancellationToken)
            ?? throw new KeyNotFoundException($"User '{name}' has no extension, so no calls of theirs were reviewed.");
    }
}
