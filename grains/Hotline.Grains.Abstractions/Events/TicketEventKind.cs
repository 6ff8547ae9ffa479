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

    // Append only: analytics and the outbox store names, but Orleans messages carry the numbers, so the order never changes.

    /// <summary>The handling unit accepted the dispatched ticket and started handling it.</summary>
    Accepted,

    /// <summary>审核: the reply was approved or sent back to handling.</summary>
    Reviewed,

    /// <summary>退回: the unit returned a wrongly dispatched ticket to intake.</summary>
    SentBack,

    /// <summary>延期: the unit asked for a later deadline.</summary>
    ExtensionRequested,

    /// <summary>延期审批: the extension was approved or denied.</summary>
    ExtensionDecided,

    /// <summary>督办: escalated to supervisors (by hand or when overdue); older events record this as <see cref="Supervised"/>.</summary>
    Escalated,

    /// <summary>重大投诉: marked as a major complaint.</summary>
    MarkedMajor,

    /// <summary>并案: another ticket was merged into this one, which carries its handling from then on.</summary>
    Absorbed,
}
