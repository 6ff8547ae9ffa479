using System.Security.Claims;
using Hotline.Grains.Abstractions.People;

namespace Hotline.Portal.Api;

/// <summary>Shift templates, planned shifts, leave, schedules and adherence under <c>/api/v1/people</c>.</summary>
public static class PeopleRosterEndpoints
{
    /// <summary>Maps the roster operations on <paramref name="group"/>.</summary>
    public static void MapPeopleRosters(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/shift-templates", (IRosterBook rosters, CancellationToken ct) => rosters.GetTemplatesAsync(ct))
            .WithName("ListShiftTemplates").WithSummary("Every shift template with its breaks");
        group.MapPut("/shift-templates/{id}", async (string id, HttpRequest request, ClaimsPrincipal user, IRosterBook rosters, CancellationToken ct) =>
                await rosters.SaveTemplateAsync(Actor(user), await PeopleRequestReader.ReadAsync<ShiftTemplate>(request, "id", id, ct), ct))
            .Accepts<ShiftTemplate>("application/json").Produces<ShiftTemplate>()
            .WithName("SaveShiftTemplate").WithSummary("Adds or replaces a shift template (supervisors, managers)");
        group.MapPut("/rosters", async (IReadOnlyList<RosterShift> body, ClaimsPrincipal user, IRosterBook rosters, CancellationToken ct) =>
            {
                await rosters.PlanAsync(Actor(user), body, ct);
                return Results.NoContent();
            })
            .WithName("PlanShifts").WithSummary("Plans shifts, one per agent and day, all or none (supervisors, managers)");
        group.MapDelete("/rosters/{agent}/{day}", async (string agent, DateOnly day, ClaimsPrincipal user, IRosterBook rosters, CancellationToken ct) =>
                await rosters.UnplanAsync(Actor(user), agent, day, ct) ? Results.NoContent() : Results.NotFound())
            .WithName("UnplanShift").WithSummary("Removes an agent's shift on a day");
        group.MapPost("/leave", async (LeavePeriod body, ClaimsPrincipal user, IRosterBook rosters, CancellationToken ct) =>
            {
                await rosters.AddLeaveAsync(Actor(user), body, ct);
                return Results.NoContent();
            })
            .WithName("RecordLeave").WithSummary("Records leave; planned work inside it is no longer scheduled");
        group.MapGet("/rosters/{agent}", (string agent, DateOnly from, DateOnly until, ClaimsPrincipal user, IRosterBook rosters, PeopleCalendar calendar, CancellationToken ct) =>
                rosters.GetScheduleAsync(Actor(user), agent, calendar.StartOf(from), calendar.StartOf(until.AddDays(1)), ct))
            .WithName("GetSchedule").WithSummary("An agent's work, breaks and leave over the local days from … until");
        group.MapGet("/rosters/{agent}/adherence", async (string agent, DateOnly from, DateOnly until, ClaimsPrincipal user, IRosterBook rosters,
                PeopleAnalytics analytics, PeopleCalendar calendar, CancellationToken ct) =>
            {
                var actor = Actor(user);
                var (start, end) = (calendar.StartOf(from), calendar.StartOf(until.AddDays(1)));
                // The roster checks the actor before anything is read from analytics.
                await rosters.GetScheduleAsync(actor, agent, start, end, ct);
                var states = await analytics.StatesAsync(agent, start, end, ct);
                return await rosters.GetAdherenceAsync(actor, agent, start, end, states, ct);
            })
            .WithName("GetAdherence").WithSummary("Minutes in adherence ÷ scheduled minutes over the local days, with the out-of-adherence spans");
    }

    private static PeopleActor Actor(ClaimsPrincipal user) => PeopleActorReader.From(user);
}
