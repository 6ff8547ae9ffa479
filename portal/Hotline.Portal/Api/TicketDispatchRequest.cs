namespace Hotline.Portal.Api;

/// <summary>The body of dispatch: the handling unit or enterprise (企业直通车) and an optional note.</summary>
public sealed record TicketDispatchRequest
{
    public string? UnitId { get; init; }

    public string? Note { get; init; }
}
