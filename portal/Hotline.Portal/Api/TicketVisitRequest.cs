namespace Hotline.Portal.Api;

/// <summary>The body of visit (回访): how the citizen was reached (call or sms), satisfaction 1–5, a comment and the call if any.</summary>
public sealed record TicketVisitRequest
{
    public string? Method { get; init; }

    public int? Satisfaction { get; init; }

    public string? Comment { get; init; }

    public string? CallId { get; init; }
}
