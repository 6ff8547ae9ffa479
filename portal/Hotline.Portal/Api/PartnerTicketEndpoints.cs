using System.Security.Claims;
using Hotline.Grains.Abstractions.Tickets;
using Microsoft.AspNetCore.Mvc;

namespace Hotline.Portal.Api;

/// <summary>The mobile-app/partner operations under <c>/api/v1/partner/tickets</c> for handling units and enterprises (partner token).</summary>
public static class PartnerTicketEndpoints
{
    /// <summary>The route prefix.</summary>
    public const string Prefix = "/api/v1/partner/tickets";

    /// <summary>Maps the operations.</summary>
    public static IEndpointRouteBuilder MapPartnerTickets(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix).WithTags("partner").RequireAuthorization(PartnerRoles.TicketPartnerPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/", (HttpRequest http, ClaimsPrincipal user, [FromHeader(Name = "Idempotency-Key")] string? key, ITicketIntake intake, CancellationToken cancellationToken) =>
                TicketSubmitHandler.SubmitAsync<TicketRequest>(http, intake,
                    request => TicketRequestMapper.ToSubmission(request, TicketChannel.MobileApp, TicketRequestMapper.RequireKey("Idempotency-Key", key), PartnerId(user)),
                    cancellationToken))
            .Accepts<TicketRequest>("application/json")
            .WithName("SubmitPartnerTicket")
            .WithSummary("A handling unit or enterprise app submits a ticket; a retry with the same Idempotency-Key returns the first ticket (200)");
        group.MapGet("/{number}", (string number, string? phone, ITicketIntake intake, CancellationToken cancellationToken) =>
                TicketSubmitHandler.FindAsync(number, phone, intake, cancellationToken))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("FindPartnerTicket")
            .WithSummary("The progress of a ticket by number and the citizen's phone");
        group.MapGet("/{number}/progress", (string number, ClaimsPrincipal user, [FromServices] IGrainFactory grains) =>
                PartnerTicketActions.ProgressAsync(number, user, grains))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("PartnerTicketProgress")
            .WithSummary("A ticket dispatched to the partner's unit, with its history; 403 for another unit's ticket");
        MapAction(group, "accept", "AcceptPartnerTicket", "The unit accepts the dispatched ticket (text: optional note)",
            (grain, actor, text) => grain.AcceptAsync(actor, text));
        MapAction(group, "send-back", "SendBackPartnerTicket", "退回: the unit returns a wrongly dispatched ticket (text: the reason)",
            (grain, actor, text) => grain.SendBackAsync(actor, text ?? ""));
        MapAction(group, "reply", "ReplyPartnerTicket", "反馈: the unit replies (text: the reply)",
            (grain, actor, text) => grain.ReplyAsync(actor, text ?? "", null));
        return endpoints;
    }

    private static void MapAction(RouteGroupBuilder group, string action, string name, string summary,
        Func<ITicketGrain, TicketActor, string?, Task<TicketSnapshot>> act) =>
        group.MapPost($"/{{number}}/{action}", async (string number, PartnerActionRequest? request, ClaimsPrincipal user, [FromServices] IGrainFactory grains) =>
                await PartnerTicketActions.RunAsync(number, user, grains, async (grain, actor) =>
                {
                    var ticket = await act(grain, actor, request?.Text);
                    return PartnerTicketProgressResponse.From(ticket, await grain.GetHistoryAsync());
                }))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName(name)
            .WithSummary(summary + "; 403 for another unit's ticket, 409 when the workflow does not allow it now");

    /// <summary>The authenticated partner's id.</summary>
    public static string PartnerId(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The partner principal carries no id claim.");
    }
}
