using System.Security.Claims;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Portal.Api;
using Hotline.Portal.Identity;
using Hotline.Portal.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Hotline.Portal.Public.Notices;

/// <summary>政务公开 over REST: managers and administrators write, publish and withdraw under <c>/api/v1/notices</c>; anyone reads the published ones under <c>/api/v1/public/notices</c>.</summary>
public static class NoticeEndpoints
{
    /// <summary>The staff route prefix.</summary>
    public const string Prefix = "/api/v1/notices";

    /// <summary>The anonymous route prefix.</summary>
    public const string PublicPrefix = "/api/v1/public/notices";

    /// <summary>Maps the operations.</summary>
    public static IEndpointRouteBuilder MapNotices(this IEndpointRouteBuilder endpoints)
    {
        // Signed-in as well as the role policy: the OpenAPI document then declares the portal cookie on these operations.
        var staff = endpoints.MapGroup(Prefix).WithTags("notices").RequireAuthorization(PortalPolicies.SignedIn, NoticePolicy.Name)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        staff.MapGet("/", (NoticeStore store, CancellationToken ct) => store.ListAsync(ct))
            .WithName("ListNotices").WithSummary("Every notice in any state, newest first");
        staff.MapPost("/", CreateAsync).Accepts<NoticeRequest>("application/json")
            .WithName("CreateNotice").WithSummary("Writes a draft notice (title up to 200 characters, body up to 20,000)");
        staff.MapPost("/{id:long}/publish", (long id, ClaimsPrincipal user, NoticeStore store, AuditLog audit, IStringLocalizer<PublicText> text, CancellationToken ct) =>
                ChangeAsync(id, text, () => store.PublishAsync(id, Actor(user), ct), notice => audit.RecordAsync(user, NoticeAuditActions.Publish, NoticeAuditActions.Target(id), notice.Title, ct)))
            .WithName("PublishNotice").WithSummary("Shows a draft or withdrawn notice on the citizen site");
        staff.MapPost("/{id:long}/withdraw", (long id, ClaimsPrincipal user, NoticeStore store, AuditLog audit, IStringLocalizer<PublicText> text, CancellationToken ct) =>
                ChangeAsync(id, text, () => store.WithdrawAsync(id, Actor(user), ct), notice => audit.RecordAsync(user, NoticeAuditActions.Withdraw, NoticeAuditActions.Target(id), notice.Title, ct)))
            .WithName("WithdrawNotice").WithSummary("Takes a published notice off the citizen site");

        var open = endpoints.MapGroup(PublicPrefix).WithTags("public").AllowAnonymous();
        open.MapGet("/", async (NoticeStore store, CancellationToken ct) => (await store.PublishedAsync(ct)).Select(PublicNotice.From).ToList())
            .WithName("ListPublicNotices").WithSummary("The published notices, latest first");
        open.MapGet("/{id:long}", async Task<Results<Ok<PublicNotice>, ProblemHttpResult>> (long id, NoticeStore store, IStringLocalizer<PublicText> text, CancellationToken ct) =>
                await store.FindPublishedAsync(id, ct) is { } notice ? TypedResults.Ok(PublicNotice.From(notice)) : NotFound(id, text))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetPublicNotice").WithSummary("One published notice; drafts and withdrawn notices answer 404");
        return endpoints;
    }

    private static async Task<Results<Created<Notice>, ValidationProblem>> CreateAsync(
        HttpRequest http, ClaimsPrincipal user, NoticeStore store, AuditLog audit, IStringLocalizer<PublicText> text, CancellationToken ct)
    {
        NoticeRequest request;
        try
        {
            request = await TicketRequestReader.ReadAsync<NoticeRequest>(http, ct);
        }
        catch (TicketValidationException ex)
        {
            return Invalid(new Dictionary<string, string> { [string.IsNullOrEmpty(ex.Field) ? "body" : ex.Field] = "NoticeMalformed" }, text);
        }

        var errors = NoticeRules.Check(request.Title, request.Body);
        if (errors.Count > 0)
        {
            return Invalid(errors, text);
        }

        var notice = await store.CreateAsync(request.Title!, request.Body!, Actor(user), ct);
        await audit.RecordAsync(user, NoticeAuditActions.Create, NoticeAuditActions.Target(notice.Id), notice.Title, ct);
        return TypedResults.Created($"{Prefix}/{notice.Id}", notice);
    }

    // A change that took effect is audited as on the staff page.
    private static async Task<Results<Ok<Notice>, ProblemHttpResult>> ChangeAsync(long id, IStringLocalizer<PublicText> text, Func<Task<Notice?>> change, Func<Notice, Task> audited)
    {
        try
        {
            if (await change() is not { } notice)
                return NotFound(id, text);
            await audited(notice);
            return TypedResults.Ok(notice);
        }
        catch (NoticeStateException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: text["NoticeStateConflictTitle"],
                detail: text["NoticeStateConflict", id, text["NoticeState_" + ex.Current], text["NoticeState_" + ex.Wanted]]);
        }
    }

    private static ValidationProblem Invalid(IReadOnlyDictionary<string, string> errors, IStringLocalizer<PublicText> text) =>
        TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[] { text[e.Value, NoticeRules.MaxTitle, NoticeRules.MaxBody].Value }),
            title: text["NoticeInvalid", string.Join("、", errors.Keys)]);

    private static ProblemHttpResult NotFound(long id, IStringLocalizer<PublicText> text) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: text["NoticeNotFoundTitle"], detail: text["NoticeNotFound", id]);

    private static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";
}
