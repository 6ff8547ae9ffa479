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
        return endpoints;
    }

    /// <summary>The authenticated partner's id.</summary>
    public static string PartnerId(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The partner principal carries no id claim.");
    }
}
