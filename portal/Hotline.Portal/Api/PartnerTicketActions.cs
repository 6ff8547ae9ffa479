using System.Security.Claims;
using Hotline.Grains.Abstractions.Tickets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hotline.Portal.Api;

/// <summary>The partner's workflow operations on a ticket dispatched to its unit: progress, accept, send back, reply.</summary>
public static class PartnerTicketActions
{
    /// <summary>The ticket and its history, when it is dispatched to the partner's unit.</summary>
    public static Task<Results<Ok<PartnerTicketProgressResponse>, ProblemHttpResult, ValidationProblem>> ProgressAsync(
        string number, ClaimsPrincipal user, IGrainFactory grains) =>
        RunAsync(number, user, grains, async (grain, _) =>
            PartnerTicketProgressResponse.From(await grain.GetAsync(), await grain.GetHistoryAsync()));

    /// <summary>Runs <paramref name="act"/> as the partner's <see cref="TicketActor"/>: 404 unknown, 403 another unit's ticket, 409 refused by the workflow, 400 bad argument.</summary>
    public static async Task<Results<Ok<PartnerTicketProgressResponse>, ProblemHttpResult, ValidationProblem>> RunAsync(
        string number, ClaimsPrincipal user, IGrainFactory grains, Func<ITicketGrain, TicketActor, Task<PartnerTicketProgressResponse>> act)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(act);
        var actor = ActorOf(user);
        var grain = grains.GetGrain<ITicketGrain>(number);
        try
        {
            var ticket = await grain.GetAsync();
            if (actor.UnitId is null || !string.Equals(ticket.UnitId, actor.UnitId, StringComparison.Ordinal))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your ticket",
                    detail: $"Ticket '{number}' is not dispatched to unit '{actor.UnitId}'.");
            }

            return TypedResults.Ok(await act(grain, actor));
        }
        catch (TicketNotFoundException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such ticket", detail: $"No ticket '{number}' exists.");
        }
        catch (TicketWorkflowException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not allowed now", detail: ex.Message);
        }
        catch (TicketValidationException ex)
        {
            return TicketProblems.Invalid(ex);
        }
    }

    /// <summary>The partner as a workflow actor: its id, roles and unit from the token configuration.</summary>
    public static TicketActor ActorOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new TicketActor(PartnerTicketEndpoints.PartnerId(user),
            [.. user.FindAll(ClaimTypes.Role).Select(claim => claim.Value)], user.FindFirstValue(PartnerTokenHandler.UnitClaim));
    }
}
