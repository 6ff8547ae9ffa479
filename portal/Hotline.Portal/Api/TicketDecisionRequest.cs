namespace Hotline.Portal.Api;

/// <summary>The body of review and extension-decision: approved or not, and an optional comment.</summary>
public sealed record TicketDecisionRequest
{
    public bool? Approved { get; init; }

    public string? Note { get; init; }
}
