using System.Security.Claims;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Portal.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Hotline.Portal.Api;

/// <summary>The staff ticket API under <c>/api/v1/tickets</c> (portal cookie; agents, supervisors, managers, administrators): lists, one ticket with
/// its history, full-text search, 查重 for a ticket or a draft, and desk intake. The workflow actions are in <see cref="TicketWorkflowEndpoints"/>.</summary>
public static class TicketEndpoints
{
    /// <summary>The route prefix.</summary>
    public const string Prefix = "/api/v1/tickets";

    /// <summary>Maps the operations.</summary>
    public static IEndpointRouteBuilder MapTickets(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix).WithTags("tickets").RequireAuthorization(PortalPolicies.TicketApi)
            .AddEndpointFilter<TicketProblemFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesValidationProblem();
        group.MapGet("/", ListAsync)
            .Produces<TicketPage>()
            .WithName("ListTickets")
            .WithSummary("One page of tickets, most urgent deadline first, by state (repeatable), type, category (with its sub-categories), unit, "
                + "enterprise, citizen phone, channel, creation range (from inclusive, to exclusive), overdue, escalated (督办) or major (重大投诉)");
        group.MapGet("/search", SearchAsync)
            .Produces<TicketSearchPage>()
            .WithName("SearchTickets")
            .WithSummary("Full-text search (q: words, all must occur; plates and two-character Chinese words such as 拒载 match) with highlighted fragments, "
                + "filtered by state, type, channel (each repeatable), category, unit, phone and creation range (from, to); without q, newest first");
        group.MapGet("/{number}", async (string number, IGrainFactory grains) => TicketJson.Ok(await TicketDetailResponse.ReadAsync(grains, number)))
            .Produces<TicketDetailResponse>()
            .WithName("GetTicket").WithSummary("A ticket with every action on it (actor, time, states, note), oldest first, and the tickets merged into it with their history")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{number}/duplicates", async (string number, ITicketDuplicateFinder finder, CancellationToken ct) =>
                TicketJson.Ok(await finder.FindForTicketAsync(number, ct)))
            .Produces<IReadOnlyList<DuplicateCandidate>>()
            .WithName("FindTicketDuplicates").WithSummary("查重: tickets that may record the same case (same phone, plate, enterprise, route or similar text), best first, with reasons")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/duplicates", DraftDuplicatesAsync)
            .Produces<IReadOnlyList<DuplicateCandidate>>()
            .Accepts<TicketDraftRequest>("application/json")
            .WithName("FindDraftDuplicates").WithSummary("查重 before submitting: the tickets a draft (description, citizen phone, subject) may duplicate, best first");
        group.MapPost("/", SubmitAsync)
            .Accepts<TicketRequest>("application/json")
            .WithName("SubmitDeskTicket")
            .WithSummary("An agent takes a ticket in from the desk (channel phone, optional callId query value linking the call); a retry with the same Idempotency-Key returns the first ticket (200)");
        TicketWorkflowEndpoints.Map(group);
        return endpoints;
    }

    private static async Task<IResult> ListAsync(string[]? state, string? type, string? category, string? unit, string? enterprise, string? phone,
        string? channel, DateTimeOffset? from, DateTimeOffset? to, bool? overdue, bool? escalated, bool? major, bool? mine, int? page, int? pageSize,
        ClaimsPrincipal user, ITicketQueries queries, CancellationToken ct)
    {
        var filter = new TicketListFilter
        {
            Handler = mine == true ? SignedInUser.NameOf(user, "ticket list") : null,
            States = TicketQueryValues.States(state), Type = TicketQueryValues.Type(type), CategoryCode = Blank(category), UnitId = Blank(unit),
            Enterprise = Blank(enterprise), CitizenPhone = Blank(phone), OverdueOnly = overdue ?? false, EscalatedOnly = escalated ?? false, MajorOnly = major ?? false,
            Channel = TicketQueryValues.Channel(channel), CreatedFrom = from, CreatedTo = to,
        };
        return TicketJson.Ok(await queries.ListAsync(filter, page ?? 1, pageSize ?? 50, ct));
    }

    private static async Task<IResult> SearchAsync(string? q, string[]? state, string[]? type, string[]? channel, string? category, string? unit, string? phone,
        DateTimeOffset? from, DateTimeOffset? to, bool? mine, int? page, int? pageSize, ClaimsPrincipal user, ITicketSearch search, CancellationToken ct)
    {
        var query = new TicketSearchQuery
        {
            Handler = mine == true ? SignedInUser.NameOf(user, "ticket search") : null,
            Text = q ?? "", States = TicketQueryValues.States(state), Types = TicketQueryValues.Types(type), Channels = TicketQueryValues.Channels(channel),
            CategoryCode = Blank(category), UnitId = Blank(unit), CitizenPhone = Blank(phone), CreatedFrom = from, CreatedTo = to,
            Page = page ?? 1, PageSize = pageSize ?? 20,
        };
        return TicketJson.Ok(await search.SearchAsync(query, ct));
    }

    private static async Task<IResult> DraftDuplicatesAsync(HttpRequest http, ITicketDuplicateFinder finder, CancellationToken ct)
    {
        var draft = await TicketRequestReader.ReadAsync<TicketDraftRequest>(http, ct);
        // The draft goes through the same field checks as a submission, so 查重 sees what intake would store.
        var submission = TicketRequestMapper.ToSubmission(
            new TicketRequest { Type = draft.Type ?? TicketTypeNames.Name(TicketType.Complaint), Description = draft.Description, CitizenPhone = draft.CitizenPhone, Subject = draft.Subject },
            TicketChannel.Phone, "draft", submittedBy: null);
        return TicketJson.Ok(await finder.FindForSubmissionAsync(submission, ct));
    }

    private static Task<Results<Created<TicketReceiptResponse>, Ok<TicketReceiptResponse>, ValidationProblem>> SubmitAsync(
        HttpRequest http, ClaimsPrincipal user, [FromHeader(Name = "Idempotency-Key")] string? key, string? callId, ITicketIntake intake, CancellationToken ct)
    {
        var agent = SignedInUser.NameOf(user, "ticket");
        return TicketSubmitHandler.SubmitAsync<TicketRequest>(http, intake,
            request => TicketRequestMapper.ToSubmission(request, TicketChannel.Phone, TicketRequestMapper.RequireKey("Idempotency-Key", key), agent) with { CallId = Blank(callId) },
            ct);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
