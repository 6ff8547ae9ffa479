using Hotline.Grains.Abstractions.Tickets;
using Microsoft.AspNetCore.Mvc;

namespace Hotline.Portal.Api;

/// <summary>The anonymous citizen operations under <c>/api/v1/public/tickets</c>: submit (rate limited) and query by number + phone.</summary>
public static class PublicTicketEndpoints
{
    /// <summary>The route prefix.</summary>
    public const string Prefix = "/api/v1/public/tickets";

    /// <summary>The rate-limiter policy on public submission.</summary>
    public const string SubmitRateLimit = "public-ticket-submit";

    /// <summary>Maps the operations.</summary>
    public static IEndpointRouteBuilder MapPublicTickets(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix).WithTags("public").AllowAnonymous();
        group.MapPost("/", (HttpRequest http, [FromHeader(Name = "Idempotency-Key")] string? key, ITicketIntake intake, CancellationToken cancellationToken) =>
                TicketSubmitHandler.SubmitAsync<TicketRequest>(http, intake,
                    request => TicketRequestMapper.ToSubmission(request, TicketChannel.Web, TicketRequestMapper.RequireKey("Idempotency-Key", key), null),
                    cancellationToken))
            .Accepts<TicketRequest>("application/json")
            .RequireRateLimiting(SubmitRateLimit)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithName("SubmitPublicTicket")
            .WithSummary("A citizen submits a ticket; a retry with the same Idempotency-Key returns the first ticket (200)");
        group.MapGet("/{number}", (string number, string? phone, ITicketIntake intake, CancellationToken cancellationToken) =>
                TicketSubmitHandler.FindAsync(number, phone, intake, cancellationToken))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("FindPublicTicket")
            .WithSummary("A citizen queries a ticket by its number and the phone it was submitted with");
        return endpoints;
    }
}
