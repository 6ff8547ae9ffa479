namespace Hotline.Portal.Api;

/// <summary>The body of send-back, reopen, escalate and major: the reason, which the history keeps.</summary>
public sealed record TicketReasonRequest
{
    public string? Reason { get; init; }
}
