namespace Hotline.Grains.Abstractions.Events;

/// <summary>What happened to a ticket (工单) in one ticket event.</summary>
[GenerateSerializer]
public enum TicketEventKind
{
    /// <summary>受理: the ticket was taken in.</summary>
    Created,

    /// <summary>派单: sent to a handling unit.</summary>
    Dispatched,

    /// <summary>转办: handed over to another unit.</summary>
    Transferred,

    /// <summary>催办: a late handler was reminded.</summary>
    Urged,

    /// <summary>督办: escalated urging.</summary>
    Supervised,

    /// <summary>The handling unit replied.</summary>
    Replied,

    /// <summary>回访: the citizen was visited back.</summary>
    VisitedBack,

    /// <summary>结案: closed.</summary>
    Closed,

    /// <summary>Reopened after closing.</summary>
    Reopened,

    /// <summary>并案: merged into another ticket.</summary>
    Merged,

    /// <summary>Fields were corrected (category, region …) without a workflow step.</summary>
    Updated,
}
