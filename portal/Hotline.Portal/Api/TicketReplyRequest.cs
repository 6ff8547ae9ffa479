namespace Hotline.Portal.Api;

/// <summary>The body of reply (反馈): the handling result.</summary>
public sealed record TicketReplyRequest
{
    public string? Reply { get; init; }
}
