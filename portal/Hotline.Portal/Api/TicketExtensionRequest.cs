namespace Hotline.Portal.Api;

/// <summary>The body of extension (延期): the deadline asked for and why.</summary>
public sealed record TicketExtensionRequest
{
    public DateTimeOffset? Until { get; init; }

    public string? Reason { get; init; }
}
