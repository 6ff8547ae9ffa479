using System.Security.Claims;
using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Portal.Api;

/// <summary>The workflow actions on <c>/api/v1/tickets/{number}/…</c>, taken as the signed-in user; each answers the ticket and its history afterwards,
/// 409 when the ticket's state or the user's roles do not allow it (the title names the state), 404 for an unknown number, 400 for a wrong field.</summary>
public static class TicketWorkflowEndpoints
{
    /// <summary>Maps the actions on <paramref name="group"/> (the ticket API's group).</summary>
    public static void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        Action<TicketDispatchRequest>(group, "dispatch", "DispatchTicket", "派单: to a handling unit or enterprise (unitId)",
            (t, a, b) => t.DispatchAsync(a, b.UnitId ?? "", b.Note));
        Action<TicketNoteRequest>(group, "accept", "AcceptTicket", "The dispatched ticket is taken on (a supervisor for the unit)",
            (t, a, b) => t.AcceptAsync(a, b.Note));
        Action<TicketReasonRequest>(group, "send-back", "SendBackTicket", "退回: back to intake, losing its unit (reason)",
            (t, a, b) => t.SendBackAsync(a, b.Reason ?? ""));
        Action<TicketReplyRequest>(group, "reply", "ReplyTicket", "反馈: the handling result (reply)",
            (t, a, b) => t.ReplyAsync(a, b.Reply ?? "", null));
        Action<TicketDecisionRequest>(group, "review", "ReviewTicket", "审核: approve the reply, or send it back to handling (approved, note)",
            (t, a, b) => t.ReviewAsync(a, Required(b.Approved, "approved"), b.Note));
        Action<TicketVisitRequest>(group, "visit", "VisitTicket", "回访: the citizen's satisfaction 1–5 (method call or sms, satisfaction, comment, callId)",
            (t, a, b) => t.RecordVisitAsync(a, new ReturnVisit(VisitMethodOf(b.Method), Required(b.Satisfaction, "satisfaction"), b.Comment, b.CallId)));
        Action<TicketNoteRequest>(group, "close", "CloseTicket", "结案 (note)",
            (t, a, b) => t.CloseAsync(a, b.Note));
        Action<TicketReasonRequest>(group, "reopen", "ReopenTicket", "重办 after an unsatisfied visit or a recent close (reason)",
            (t, a, b) => t.ReopenAsync(a, b.Reason ?? ""));
        Action<TicketExtensionRequest>(group, "extension", "RequestTicketExtension", "延期: ask for a later deadline (until, reason)",
            (t, a, b) => t.RequestExtensionAsync(a, Required(b.Until, "until"), b.Reason ?? ""));
        Action<TicketDecisionRequest>(group, "extension-decision", "DecideTicketExtension", "延期审批: approve or deny the pending request (approved, note)",
            (t, a, b) => t.DecideExtensionAsync(a, Required(b.Approved, "approved"), b.Note));
        Action<TicketNoteRequest>(group, "urge", "UrgeTicket", "催办: remind the unit (note)",
            (t, a, b) => t.UrgeAsync(a, b.Note));
        Action<TicketReasonRequest>(group, "escalate", "EscalateTicket", "督办: escalate to supervisors (reason)",
            (t, a, b) => t.EscalateAsync(a, b.Reason ?? ""));
        Action<TicketReasonRequest>(group, "major", "MarkTicketMajor", "重大投诉: mark as a major complaint and notify supervisors (reason)",
            (t, a, b) => t.MarkMajorAsync(a, b.Reason ?? ""));
        Action<TicketMergeRequest>(group, "merge", "MergeTicket", "并案: merge into the target ticket, which carries the handling and every contact's history (target)",
            (t, a, b) => t.MergeIntoAsync(a, Required(b.Target, "target")));
    }

    private static void Action<TBody>(RouteGroupBuilder group, string action, string name, string summary, Func<ITicketGrain, TicketActor, TBody, Task<TicketSnapshot>> act)
        where TBody : class, new() =>
        group.MapPost($"/{{number}}/{action}", async (string number, HttpRequest http, ClaimsPrincipal user, IGrainFactory grains, CancellationToken ct) =>
            {
                // An action whose fields are all optional may come without a body.
                var body = http.ContentLength == 0 ? new TBody() : await TicketRequestReader.ReadAsync<TBody>(http, ct);
                await act(grains.GetGrain<ITicketGrain>(number), TicketActorReader.From(user), body);
                return TicketJson.Ok(await TicketDetailResponse.ReadAsync(grains, number));
            })
            .Accepts<TBody>("application/json")
            .Produces<TicketDetailResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithName(name).WithSummary(summary);

    private static T Required<T>(T? value, string field)
        where T : struct =>
        value ?? throw new TicketValidationException(field, $"'{field}' is required.");

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new TicketValidationException(field, $"'{field}' is required.") : value;

    private static VisitMethod VisitMethodOf(string? method) =>
        Enum.TryParse<VisitMethod>(method, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(method, out _)
            ? parsed
            : throw new TicketValidationException("method", $"'{method}' is not a visit method; use call or sms.");
}
