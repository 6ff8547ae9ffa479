namespace Hotline.Portal.Api;

/// <summary>The body of a ticket submission over REST (public site, mobile app, partners).</summary>
public sealed record TicketRequest
{
    /// <summary>complaint, enquiry, suggestion, praise or help.</summary>
    public string? Type { get; init; }

    public string? CategoryCode { get; init; }

    public string? CitizenName { get; init; }

    public string? CitizenPhone { get; init; }

    public string? CitizenEmail { get; init; }

    public TicketSubjectRequest? Subject { get; init; }

    public string? Description { get; init; }
}
