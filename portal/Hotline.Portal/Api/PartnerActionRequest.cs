namespace Hotline.Portal.Api;

/// <summary>The body of a partner's workflow action: the note (accept), reason (send back) or reply text (reply).</summary>
public sealed record PartnerActionRequest
{
    public string? Text { get; init; }
}
