namespace Hotline.Portal.Api;

/// <summary>A 转办 (transfer-in) or 交办 (assignment) case from a partner: the ticket plus its originating reference, deadline and result webhook.</summary>
public sealed record HandoffRequest
{
    /// <summary>transfer (转办) or assignment (交办).</summary>
    public string? Kind { get; init; }

    /// <summary>The sender's own case reference; also the idempotency key (per partner).</summary>
    public string? Reference { get; init; }

    public DateTimeOffset? Deadline { get; init; }

    /// <summary>An absolute http(s) URL the result is posted to when the ticket closes.</summary>
    public string? ResultCallbackUrl { get; init; }

    public TicketRequest? Ticket { get; init; }
}
