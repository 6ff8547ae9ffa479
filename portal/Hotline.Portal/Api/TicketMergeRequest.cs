namespace Hotline.Portal.Api;

/// <summary>The body of merge (并案): the number of the ticket that carries the handling from now on.</summary>
public sealed record TicketMergeRequest
{
    public string? Target { get; init; }
}
