namespace Hotline.Portal.Api;

/// <summary>An agent's draft, not yet submitted, to look for duplicates of (查重): what the citizen says, their phone and what it is about.</summary>
public sealed record TicketDraftRequest
{
    public string? Type { get; init; }

    public string? Description { get; init; }

    public string? CitizenPhone { get; init; }

    public TicketSubjectRequest? Subject { get; init; }
}
