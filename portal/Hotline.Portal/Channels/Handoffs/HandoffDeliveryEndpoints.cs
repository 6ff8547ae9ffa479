using System.Security.Claims;
using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Store;
using Hotline.Portal.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Portal.Channels.Handoffs;

/// <summary><c>GET /api/v1/handoffs/{number}/deliveries</c>: the result webhook deliveries of one of the calling partner's handoff tickets.</summary>
public static class HandoffDeliveryEndpoints
{
    /// <summary>Maps the operation (partner token with the handoff role).</summary>
    public static IEndpointRouteBuilder MapHandoffDeliveries(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(HandoffEndpoints.Prefix + "/{number}/deliveries", ListAsync)
            .WithTags("handoffs").RequireAuthorization(PartnerRoles.HandoffPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithName("ListHandoffDeliveries")
            .WithSummary("The result webhook deliveries of a ticket this partner handed off, oldest version first");
        return endpoints;
    }

    private static async Task<Results<Ok<IReadOnlyList<HandoffDeliveryResponse>>, ProblemHttpResult>> ListAsync(
        string number,
        ClaimsPrincipal user,
        [FromServices] IDbContextFactory<OperationalDbContext> contexts,
        [FromServices] HandoffDeliveryStore deliveries,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var submitter = await db.Set<TicketHistoryRecord>().AsNoTracking()
            .Where(h => h.TicketNumber == number && h.Sequence == 1).Select(h => h.Actor).FirstOrDefaultAsync(cancellationToken);
        if (submitter is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such ticket", detail: $"No ticket '{number}' exists.");
        }

        if (submitter != PartnerTicketEndpoints.PartnerId(user))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your handoff",
                detail: $"Ticket '{number}' was not handed off by this partner.");
        }

        var rows = await deliveries.ForTicketsAsync([number], cancellationToken);
        return TypedResults.Ok<IReadOnlyList<HandoffDeliveryResponse>>([.. rows.Select(HandoffDeliveryResponse.From)]);
    }
}
