namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>Where a ticket stands in its workflow.</summary>
[GenerateSerializer]
public enum TicketState
{
    /// <summary>受理: taken in, not yet dispatched.</summary>
    Intake,

    /// <summary>派单: sent to a handling unit or enterprise, not yet accepted.</summary>
    Dispatched,

    /// <summary>处理: the unit is handling it.</summary>
    Handling,

    /// <summary>反馈: the unit replied; waiting for review.</summary>
    Replied,

    /// <summary>审核: the reply was approved; waiting for the return visit.</summary>
    Reviewed,

    /// <summary>回访: visited back, citizen satisfied.</summary>
    Visited,

    /// <summary>回访: visited back, citizen unsatisfied (may be reopened).</summary>
    Unsatisfied,

    /// <summary>结案: closed.</summary>
    Closed,

    /// <summary>并案: merged into another ticket that carries the handling.</summary>
    Merged,
}
