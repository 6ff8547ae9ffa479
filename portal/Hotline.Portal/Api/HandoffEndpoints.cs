using System.Security.Claims;
using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Portal.Api;

/// <summary>The 转办/交办 partner API under <c>/api/v1/handoffs</c> (partner token with the handoff role).</summary>
public static class HandoffEndpoints
{
    /// <summary>The route prefix.</summary>
    public const string Prefix = "/api/v1/handoffs";

    /// <summary>Maps the operations.</summary>
    public static IEndpointRouteBuilder MapHandoffs(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix).WithTags("handoffs").RequireAuthorization(PartnerRoles.HandoffPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/", (HttpRequest http, ClaimsPrincipal user, ITicketIntake intake, TimeProvider clock, CancellationToken cancellationToken) =>
                TicketSubmitHandler.SubmitAsync<HandoffRequest>(http, intake, request => ToSubmission(request, PartnerTicketEndpoints.PartnerId(user), clock), cancellationToken))
            .Accepts<HandoffRequest>("application/json")
            .WithName("SubmitHandoff")
            .WithSummary("A department transfers (转办) or a superior assigns (交办) a case; a retry with the same reference returns the first ticket (200)");
        return endpoints;
    }

    /// <summary>The submission for a handoff; throws <see cref="TicketValidationException"/> naming the wrong field.</summary>
    public static TicketSubmission ToSubmission(HandoffRequest request, string partnerId, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clock);
        var channel = request.Kind?.ToLowerInvariant() switch
        {
            "transfer" => TicketChannel.TransferIn,
            "assignment" => TicketChannel.Assignment,
            _ => throw new TicketValidationException("kind", $"'{request.Kind}' is not a handoff kind; use transfer (转办) or assignment (交办)."),
        };
        var reference = TicketRequestMapper.RequireKey("reference", request.Reference);
        if (request.Deadline is { } deadline && deadline <= clock.GetUtcNow())
        {
            throw new TicketValidationException("deadline", $"The deadline {deadline:O} is not in the future.");
        }

        if (request.ResultCallbackUrl is { } url
            && (!Uri.TryCreate(url, UriKind.Absolute, out var callback) || (callback.Scheme != Uri.UriSchemeHttp && callback.Scheme != Uri.UriSchemeHttps)))
        {
            throw new TicketValidationException("resultCallbackUrl", $"'{url}' is not an absolute http(s) URL.");
        }

        var ticket = request.Ticket ?? throw new TicketValidationException("ticket", "The handoff needs the ticket itself.");
        return TicketRequestMapper.ToSubmission(ticket, channel, $"{partnerId}:{reference}", partnerId) with
        {
            ExternalReference = reference,
            RequestedDeadline = request.Deadline,
            ResultCallbackUrl = request.ResultCallbackUrl,
        };
    }
}
