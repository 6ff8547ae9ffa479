namespace Hotline.Portal.Api;

/// <summary>Partners allowed on the REST API (<c>Hotline:Channels:Partners</c>): handling units, enterprises and 转办/交办 departments.</summary>
public sealed class PartnerOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Hotline:Channels:Partners";

    /// <summary>The partners, each with the SHA-256 of its token (the token itself is never stored).</summary>
    public IList<PartnerAccount> Accounts { get; } = [];
}
