using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Tickets.Workflow;

namespace Hotline.Portal.Tests.Components;

/// <summary>One ticket in memory for the page tests: each action is checked by the grain's own guard under the type's default workflow, then moves the state and appends history.
/// Without a ticket it stands for an unknown number, and every call throws <see cref="TicketNotFoundException"/>.</summary>
internal sealed class TicketPageGrain(string number, TicketSnapshot? ticket, IEnumerable<TicketHistoryEntry> history) : ITicketGrain
{
    private TicketSnapshot? ticket = ticket;

    private static readonly DateTimeOffset At = new(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(8));

    public TicketSnapshot Ticket
    {
        get => ticket ?? throw new TicketNotFoundException(number);
        private set => ticket = value;
    }

    public List<TicketHistoryEntry> History { get; } = [.. history];

    /// <summary>The actions that went through, with their actors.</summary>
    public List<(TicketAction Action, TicketActor Actor)> Taken { get; } = [];

    public Task<bool> CreateAsync(TicketSubmission submission, DateTimeOffset deadline) => throw new NotSupportedException("The page tests create no tickets.");

    public Task<TicketSnapshot> GetAsync() => Task.FromResult(Ticket);


    public Task<IReadOnlyList<TicketHistoryEntry>> GetHistoryAsync() => Task.FromResult<IReadOnlyList<TicketHistoryEntry>>(ticket is null ? throw new TicketNotFoundException(number) : [.. History]);

    public Task<TicketSnapshot> DispatchAsync(TicketActor actor, string unitId, string? note) =>
        Act(TicketAction.Dispatch, actor, TicketState.Dispatched, note, t => t with { UnitId = unitId });

    public Task<TicketSnapshot> AcceptAsync(TicketActor actor, string? note) => Act(TicketAction.Accept, actor, TicketState.Handling, note);

    public Task<TicketSnapshot> SendBackAsync(TicketActor actor, string reason) => Act(TicketAction.SendBack, actor, TicketState.Intake, reason, t => t with { UnitId = null });

    public Task<TicketSnapshot> ReplyAsync(TicketActor actor, string reply, IReadOnlyList<TicketAttachment>? attachments) =>
        Act(TicketAction.Reply, actor, TicketState.Replied, reply, t => t with { Reply = reply });

    public Task<TicketSnapshot> ReviewAsync(TicketActor actor, bool approved, string? comment) =>
        Act(TicketAction.Review, actor, approved ? TicketState.Reviewed : TicketState.Handling, comment);

    public Task<TicketSnapshot> RecordVisitAsync(TicketActor actor, ReturnVisit visit) =>
        Act(TicketAction.Visit, actor, visit.Satisfaction >= 3 ? TicketState.Visited : TicketState.Unsatisfied, visit.Comment, t => t with { Satisfaction = visit.Satisfaction });

    public Task<TicketSnapshot> CloseAsync(TicketActor actor, string? note) => Act(TicketAction.Close, actor, TicketState.Closed, note);

    public Task<TicketSnapshot> ReopenAsync(TicketActor actor, string reason) => Act(TicketAction.Reopen, actor, TicketState.Handling, reason);

    public Task<TicketSnapshot> RequestExtensionAsync(TicketActor actor, DateTimeOffset until, string reason) =>
        Act(TicketAction.RequestExtension, actor, Ticket.State, reason, t => t with { ExtensionRequested = true, ExtensionUntil = until, ExtensionReason = reason });

    public Task<TicketSnapshot> DecideExtensionAsync(TicketActor actor, bool approved, string? note) =>
        Act(TicketAction.DecideExtension, actor, Ticket.State, note, t => t with { ExtensionRequested = false, Deadline = approved ? t.ExtensionUntil ?? t.Deadline : t.Deadline });

    public Task<TicketSnapshot> UrgeAsync(TicketActor actor, string? note) => Act(TicketAction.Urge, actor, Ticket.State, note, t => t with { UrgeCount = t.UrgeCount + 1 });

    public Task<TicketSnapshot> EscalateAsync(TicketActor actor, string reason) => Act(TicketAction.Escalate, actor, Ticket.State, reason, t => t with { Escalated = true });

    public Task<TicketSnapshot> MarkMajorAsync(TicketActor actor, string reason) => Act(TicketAction.MarkMajor, actor, Ticket.State, reason, t => t with { Major = true, MajorReason = reason });

    public Task<TicketSnapshot> MergeIntoAsync(TicketActor actor, string targetNumber) =>
        Act(TicketAction.Merge, actor, TicketState.Merged, targetNumber, t => t with { MergedInto = targetNumber });

    public Task<TicketSnapshot> AbsorbAsync(TicketActor actor, string sourceNumber) =>
        Act(TicketAction.Absorb, actor, Ticket.State, sourceNumber, t => t with { MergedSources = [.. t.MergedSources, sourceNumber] });

    private Task<TicketSnapshot> Act(TicketAction action, TicketActor actor, TicketState to, string? note, Func<TicketSnapshot, TicketSnapshot>? change = null)
    {
        TicketActionGuard.Check(Ticket.Number, Ticket.State, Ticket.UnitId, action, actor, TicketWorkflowDefaults.For(Ticket.Type));
        History.Add(new TicketHistoryEntry(At.AddMinutes(History.Count), actor.Id, TicketActionName.Of(action), Ticket.State, to, note));
        Ticket = (change?.Invoke(Ticket) ?? Ticket) with { State = to, Version = History.Count };
        Taken.Add((action, actor));
        return Task.FromResult(Ticket);
    }
}
