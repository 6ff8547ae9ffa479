namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>Why supervisors or a unit are alerted about a ticket.</summary>
[GenerateSerializer]
public enum TicketAlertKind
{
    /// <summary>催办: the unit was urged.</summary>
    Urged,

    /// <summary>督办: the ticket was escalated to supervisors.</summary>
    Escalated,

    /// <summary>重大投诉: the ticket was marked a major complaint.</summary>
    Major,
}
