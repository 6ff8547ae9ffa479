namespace Hotline.Grains.Abstractions.People;

/// <summary>Shift templates, planned shifts and leave per agent, and adherence against agent-state intervals the host hands in.</summary>
/// <remarks>Supervisors, managers and administrators plan; agents read their own schedule.</remarks>
public interface IRosterBook
{
    /// <summary>Adds or replaces a shift template.</summary>
    Task<ShiftTemplate> SaveTemplateAsync(PeopleActor actor, ShiftTemplate shiftTemplate, CancellationToken cancellationToken);

    /// <summary>Every shift template.</summary>
    Task<IReadOnlyList<ShiftTemplate>> GetTemplatesAsync(CancellationToken cancellationToken);

    /// <summary>Plans shifts (one per agent and date: a second replaces the first).</summary>
    Task PlanAsync(PeopleActor actor, IReadOnlyList<RosterShift> shifts, CancellationToken cancellationToken);

    /// <summary>Removes an agent's shift on a date; false when there was none.</summary>
    Task<bool> UnplanAsync(PeopleActor actor, string agent, DateOnly day, CancellationToken cancellationToken);

    /// <summary>Records leave.</summary>
    Task AddLeaveAsync(PeopleActor actor, LeavePeriod leave, CancellationToken cancellationToken);

    /// <summary>The agent's leave overlapping [from, until), whether or not a shift was planned inside it (the agent and readers).</summary>
    Task<IReadOnlyList<LeavePeriod>> GetLeaveAsync(PeopleActor actor, string agent, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>The agent's expanded schedule (work, breaks, leave) overlapping [from, until), clipped to it.</summary>
    Task<IReadOnlyList<ScheduledSpan>> GetScheduleAsync(PeopleActor actor, string agent, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Adherence over [from, until) against <paramref name="states"/>.</summary>
    Task<AdherenceReport> GetAdherenceAsync(PeopleActor actor, string agent, DateTimeOffset from, DateTimeOffset until,
        IReadOnlyList<AgentStateSpan> states, CancellationToken cancellationToken);
}
