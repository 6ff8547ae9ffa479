namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>One ticket (key: its number); serialises every change to it and writes it to the operational store.</summary>
/// <remarks>
/// Every workflow action checks the actor's roles (and, for handling units and enterprises, that the ticket is
/// dispatched to their unit) and the ticket's state, appends a history entry with actor and time, writes ticket,
/// history and event in one transaction and returns the ticket as it stands afterwards. A refused action throws
/// <see cref="TicketWorkflowException"/> naming ticket, state and action; a bad argument throws
/// <see cref="TicketValidationException"/> naming the argument; an unknown number throws <see cref="TicketNotFoundException"/>.
/// </remarks>
public interface ITicketGrain : IGrainWithStringKey
{
    /// <summary>Stores the ticket from a validated submission (called by the intake service); false if the number already exists.</summary>
    Task<bool> CreateAsync(TicketSubmission submission, DateTimeOffset deadline);

    /// <summary>The ticket as it stands.</summary>
    /// <exception cref="TicketNotFoundException">No ticket has this number.</exception>
    Task<TicketSnapshot> GetAsync();

    /// <summary>Every action on the ticket, oldest first, with actor and time.</summary>
    Task<IReadOnlyList<TicketHistoryEntry>> GetHistoryAsync();

    /// <summary>派单: sends the ticket to a handling unit, or (企业直通车) straight to the enterprise concerned.</summary>
    Task<TicketSnapshot> DispatchAsync(TicketActor actor, string unitId, string? note);

    /// <summary>Dispatched → Handling: the unit of the ticket (or a supervisor) takes it on.</summary>
    Task<TicketSnapshot> AcceptAsync(TicketActor actor, string? note);

    /// <summary>退回: Dispatched/Handling → Intake; the unit returns a wrongly dispatched ticket, which loses its unit.</summary>
    Task<TicketSnapshot> SendBackAsync(TicketActor actor, string reason);

    /// <summary>反馈: Handling → Replied with the unit's reply and optional attachments.</summary>
    Task<TicketSnapshot> ReplyAsync(TicketActor actor, string reply, IReadOnlyList<TicketAttachment>? attachments);

    /// <summary>审核: Replied → Reviewed when approved (or straight on when the type's workflow has no review), back to Handling when rejected.</summary>
    Task<TicketSnapshot> ReviewAsync(TicketActor actor, bool approved, string? comment);

    /// <summary>回访: Reviewed → Visited (satisfaction 3 or more) or Unsatisfied.</summary>
    Task<TicketSnapshot> RecordVisitAsync(TicketActor actor, ReturnVisit visit);

    /// <summary>结案: → Closed, from Visited, or from Reviewed when the type's workflow has no return visit.</summary>
    Task<TicketSnapshot> CloseAsync(TicketActor actor, string? note);

    /// <summary>重办: Unsatisfied (or Closed within the configured window) → Handling with a new deadline.</summary>
    Task<TicketSnapshot> ReopenAsync(TicketActor actor, string reason);

    /// <summary>延期: the unit asks to move the deadline to <paramref name="until"/>; one request may be pending at a time.</summary>
    Task<TicketSnapshot> RequestExtensionAsync(TicketActor actor, DateTimeOffset until, string reason);

    /// <summary>延期审批: approves (the deadline becomes the requested one) or denies the pending extension request.</summary>
    Task<TicketSnapshot> DecideExtensionAsync(TicketActor actor, bool approved, string? note);

    /// <summary>催办: reminds the unit; counted on the ticket. Under <see cref="TicketActor.System"/> (the sweeper) it acts only when the automatic urge is due and not yet done.</summary>
    Task<TicketSnapshot> UrgeAsync(TicketActor actor, string? note);

    /// <summary>督办: escalates to supervisors and flags the ticket. Under <see cref="TicketActor.System"/> it acts only once per deadline, when overdue.</summary>
    Task<TicketSnapshot> EscalateAsync(TicketActor actor, string reason);

    /// <summary>重大投诉: marks the ticket as a major complaint and notifies supervisors; a ticket already marked stays as it is.</summary>
    Task<TicketSnapshot> MarkMajorAsync(TicketActor actor, string reason);

    /// <summary>并案: this ticket → Merged into <paramref name="targetNumber"/>, which records it and carries the handling from then on.</summary>
    Task<TicketSnapshot> MergeIntoAsync(TicketActor actor, string targetNumber);

    /// <summary>Records that <paramref name="sourceNumber"/> is merged into this ticket (called by the source's grain; repeating it is harmless).</summary>
    Task<TicketSnapshot> AbsorbAsync(TicketActor actor, string sourceNumber);
}
