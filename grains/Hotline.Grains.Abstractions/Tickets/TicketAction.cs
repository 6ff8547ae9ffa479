namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>The workflow actions on a ticket; the history's <see cref="TicketHistoryEntry.Action"/> holds their names in kebab case (see <see cref="TicketActionName"/>).</summary>
[GenerateSerializer]
public enum TicketAction
{
    /// <summary>受理: the ticket was taken in.</summary>
    Intake,

    /// <summary>派单: sent to a handling unit or enterprise.</summary>
    Dispatch,

    /// <summary>The unit accepts the dispatched ticket and starts handling it.</summary>
    Accept,

    /// <summary>退回: the unit returns a wrongly dispatched ticket to intake.</summary>
    SendBack,

    /// <summary>反馈: the unit replies.</summary>
    Reply,

    /// <summary>审核: the reply is approved or rejected.</summary>
    Review,

    /// <summary>回访: the citizen is visited back.</summary>
    Visit,

    /// <summary>结案: closed.</summary>
    Close,

    /// <summary>重办: handled again after an unsatisfied visit or a recent close.</summary>
    Reopen,

    /// <summary>延期: the unit asks for a later deadline.</summary>
    RequestExtension,

    /// <summary>延期审批: the extension is approved or denied.</summary>
    DecideExtension,

    /// <summary>催办: a late handler is reminded.</summary>
    Urge,

    /// <summary>督办: escalated to supervisors.</summary>
    Escalate,

    /// <summary>重大投诉: marked as a major complaint.</summary>
    MarkMajor,

    /// <summary>并案: merged into another ticket.</summary>
    Merge,

    /// <summary>并案: another ticket was merged into this one.</summary>
    Absorb,
}
