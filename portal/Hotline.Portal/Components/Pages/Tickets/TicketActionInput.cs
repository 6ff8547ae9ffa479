using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Portal.Components.Pages.Tickets;

/// <summary>What the action dialog collected: the text (note, reason or reply), the decision, the visit result, the extension date, the unit or the target ticket.</summary>
public sealed class TicketActionInput
{
    /// <summary>The note, reason or reply, by action.</summary>
    public string? Text { get; set; }

    /// <summary>审核/延期审批: approved.</summary>
    public bool Approved { get; set; } = true;

    public VisitMethod VisitMethod { get; set; } = VisitMethod.Call;

    public int Satisfaction { get; set; } = 5;

    /// <summary>延期: the requested deadline (a local date; the end of that day counts).</summary>
    public DateTime? Until { get; set; }

    /// <summary>派单: the handling unit or enterprise.</summary>
    public string? UnitId { get; set; }

    /// <summary>并案: the ticket to merge into.</summary>
    public string? TargetNumber { get; set; }
}
