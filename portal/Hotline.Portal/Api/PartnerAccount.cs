namespace Hotline.Portal.Api;

/// <summary>One partner: its id, the lowercase hex SHA-256 of its bearer token, its roles and, for units and enterprises, the unit it acts for.</summary>
public sealed class PartnerAccount
{
    public string Id { get; set; } = "";

    public string TokenSha256 { get; set; } = "";

    public IList<string> Roles { get; } = [];

    public string? UnitId { get; set; }

    /// <summary>The secret that signs this 转办/交办 partner's result webhook calls (falls back to <c>Hotline:Channels:Handoffs:Secret</c>).</summary>
    public string? ResultSecret { get; set; }
}
