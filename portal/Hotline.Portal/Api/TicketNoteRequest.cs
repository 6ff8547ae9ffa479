namespace Hotline.Portal.Api;

/// <summary>The body of accept, close and urge: an optional note for the history.</summary>
public sealed record TicketNoteRequest
{
    public string? Note { get; init; }
}
