using Hotline.Grains.Abstractions.People;
using Hotline.Grains.People.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hotline.Grains.Rosters;

/// <summary>Shift templates, planned shifts and leave on the people tables, with schedules and adherence computed from them.</summary>
public sealed class RosterBook(IDbContextFactory<PeopleDbContext> contexts, IOptions<RosterOptions> options) : IRosterBook
{
    private static readonly string[] Planners = [PlatformRole.Supervisor, PlatformRole.Manager];
    // The system reads schedules when it drafts reviews.
    private static readonly string[] Readers = [PlatformRole.Supervisor, PlatformRole.Manager, PlatformRole.Hr, PlatformRole.System];

    /// <inheritdoc />
    public async Task<ShiftTemplate> SaveTemplateAsync(PeopleActor actor, ShiftTemplate shiftTemplate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shiftTemplate);
        RequirePlanner(actor, "edit shift templates");
        Validate(shiftTemplate);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await DocumentUpsert.PutAsync(db.ShiftTemplates, t => t.Id == shiftTemplate.Id, () => new ShiftTemplateRecord { Id = shiftTemplate.Id, Document = "" },
            shiftTemplate, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return shiftTemplate;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ShiftTemplate>> GetTemplatesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await db.ShiftTemplates.AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancellationToken))
            .Select(r => PeopleJson.Read<ShiftTemplate>(r.Document)).ToList();
    }

    /// <inheritdoc />
    public async Task PlanAsync(PeopleActor actor, IReadOnlyList<RosterShift> shifts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shifts);
        RequirePlanner(actor, "plan shifts");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var templates = await db.ShiftTemplates.Select(t => t.Id).ToListAsync(cancellationToken);
        foreach (var shift in shifts)
        {
            if (string.IsNullOrWhiteSpace(shift.Agent))
                throw new PeopleValidationException($"A shift on {shift.Date:yyyy-MM-dd} has no agent.");
            if (!templates.Contains(shift.TemplateId, StringComparer.Ordinal))
                throw new PeopleNotFoundException($"The shift of {shift.Agent} on {shift.Date:yyyy-MM-dd} uses template {shift.TemplateId}, which does not exist.");
            var day = shift.Date.DayNumber;
            // Local first: the same agent and day twice in one plan updates the row staged a moment ago.
            var row = db.Shifts.Local.FirstOrDefault(s => s.Agent == shift.Agent && s.Day == day)
                ?? await db.Shifts.FirstOrDefaultAsync(s => s.Agent == shift.Agent && s.Day == day, cancellationToken);
            if (row is null)
                db.Shifts.Add(new RosterShiftRecord { Agent = shift.Agent, Day = day, TemplateId = shift.TemplateId });
            else
                row.TemplateId = shift.TemplateId;
        }

        // All or nothing: one unknown template refuses the whole plan.
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> UnplanAsync(PeopleActor actor, string agent, DateOnly day, CancellationToken cancellationToken)
    {
        RequirePlanner(actor, "remove shifts");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var number = day.DayNumber;
        return await db.Shifts.Where(s => s.Agent == agent && s.Day == number).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <inheritdoc />
    public async Task AddLeaveAsync(PeopleActor actor, LeavePeriod leave, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(leave);
        RequirePlanner(actor, "record leave");
        if (leave.To <= leave.From)
            throw new PeopleValidationException($"The leave of {leave.Agent} ends at {leave.To:O}, not after it starts at {leave.From:O}.");
        if (string.IsNullOrWhiteSpace(leave.Agent) || string.IsNullOrWhiteSpace(leave.Kind))
            throw new PeopleValidationException("Leave needs an agent and a kind.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Leave.Add(new LeaveRecord { Agent = leave.Agent, FromUnixMs = leave.From.ToUnixTimeMilliseconds(), ToUnixMs = leave.To.ToUnixTimeMilliseconds(), Kind = leave.Kind });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<LeavePeriod>> GetLeaveAsync(PeopleActor actor, string agent, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        RequireSelfOrReader(actor, agent);
        CheckWindow(from, until);
        var (fromMs, untilMs) = (from.ToUnixTimeMilliseconds(), until.ToUnixTimeMilliseconds());
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await db.Leave.AsNoTracking().Where(l => l.Agent == agent && l.ToUnixMs > fromMs && l.FromUnixMs < untilMs)
                .OrderBy(l => l.FromUnixMs).ToListAsync(cancellationToken))
            .Select(l => new LeavePeriod(l.Agent, DateTimeOffset.FromUnixTimeMilliseconds(l.FromUnixMs), DateTimeOffset.FromUnixTimeMilliseconds(l.ToUnixMs), l.Kind))
            .ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ScheduledSpan>> GetScheduleAsync(PeopleActor actor, string agent, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        RequireSelfOrReader(actor, agent);
        CheckWindow(from, until);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ScheduleAsync(db, agent, from, until, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<AdherenceReport> GetAdherenceAsync(PeopleActor actor, string agent, DateTimeOffset from, DateTimeOffset until,
        IReadOnlyList<AgentStateSpan> states, CancellationToken cancellationToken)
    {
        RequireSelfOrReader(actor, agent);
        CheckWindow(from, until);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var schedule = await ScheduleAsync(db, agent, from, until, cancellationToken);
        return AdherenceCalculator.Compute(agent, from, until, schedule, states);
    }

    private async Task<IReadOnlyList<ScheduledSpan>> ScheduleAsync(PeopleDbContext db, string agent, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var offset = options.Value.UtcOffset;
        // A night shift that started the local day before still reaches into the window.
        var firstDay = DateOnly.FromDateTime(from.ToOffset(offset).DateTime).AddDays(-1).DayNumber;
        var lastDay = DateOnly.FromDateTime(until.ToOffset(offset).DateTime).DayNumber;
        var shifts = await db.Shifts.AsNoTracking()
            .Where(s => s.Agent == agent && s.Day >= firstDay && s.Day <= lastDay)
            .OrderBy(s => s.Day).ToListAsync(cancellationToken);
        var templates = (await db.ShiftTemplates.AsNoTracking().ToListAsync(cancellationToken))
            .ToDictionary(t => t.Id, t => PeopleJson.Read<ShiftTemplate>(t.Document), StringComparer.Ordinal);
        var (fromMs, untilMs) = (from.AddDays(-2).ToUnixTimeMilliseconds(), until.AddDays(2).ToUnixTimeMilliseconds());
        var leave = (await db.Leave.AsNoTracking().Where(l => l.Agent == agent && l.ToUnixMs > fromMs && l.FromUnixMs < untilMs).ToListAsync(cancellationToken))
            .Select(l => new LeavePeriod(l.Agent, DateTimeOffset.FromUnixTimeMilliseconds(l.FromUnixMs), DateTimeOffset.FromUnixTimeMilliseconds(l.ToUnixMs), l.Kind))
            .ToList();
        var spans = shifts.SelectMany(s => ShiftExpander.Expand(templates[s.TemplateId], DateOnly.FromDayNumber(s.Day), offset, leave));
        return ShiftExpander.Clip(spans, from, until).ToList();
    }

    private void CheckWindow(DateTimeOffset from, DateTimeOffset until)
    {
        if (until <= from)
            throw new PeopleValidationException($"The window {from:O} … {until:O} is empty.");
        if (until - from > options.Value.MaxWindow)
            throw new PeopleValidationException($"The window {from:O} … {until:O} is longer than {options.Value.MaxWindow.TotalDays} days; ask for it in parts.");
    }

    private static void Validate(ShiftTemplate template)
    {
        if (string.IsNullOrWhiteSpace(template.Id) || string.IsNullOrWhiteSpace(template.Name))
            throw new PeopleValidationException($"Shift template '{template.Id}' needs an id and a name.");
        if (template.Minutes is <= 0 or > 24 * 60)
            throw new PeopleValidationException($"Shift template {template.Id} lasts {template.Minutes} minutes; it must last 1–1440.");
        var end = 0;
        foreach (var pause in template.Breaks.OrderBy(b => b.StartMinute))
        {
            if (pause.Minutes <= 0 || pause.StartMinute < end || pause.StartMinute + pause.Minutes > template.Minutes)
                throw new PeopleValidationException($"The break at minute {pause.StartMinute} ({pause.Minutes} min) of shift template {template.Id} overlaps another or lies outside the shift.");
            end = pause.StartMinute + pause.Minutes;
        }
    }

    private static void RequirePlanner(PeopleActor actor, string action)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.HasAnyRole(Planners))
            throw new PeopleAccessException($"{actor} may not {action}; that needs one of the roles {string.Join(", ", Planners)}.");
    }

    private static void RequireSelfOrReader(PeopleActor actor, string agent)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Id != agent && !actor.HasAnyRole(Readers))
            throw new PeopleAccessException($"{actor} may not read the schedule of {agent}; only the agent and {string.Join(", ", Readers)} may.");
    }
}
