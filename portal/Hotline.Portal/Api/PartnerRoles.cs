using Hotline.Grains.Abstractions.People;

namespace Hotline.Portal.Api;

/// <summary>The roles a partner token may carry and the authorization policies built on them.</summary>
public static class PartnerRoles
{
    /// <summary>A department that transfers (转办) or a superior that assigns (交办) cases.</summary>
    public const string HandoffPartner = "handoff-partner";

    /// <summary>Policy: a handling unit or an enterprise (the mobile-app/partner ticket operations).</summary>
    public const string TicketPartnerPolicy = "ticket-partner";

    /// <summary>Policy: a 转办/交办 partner.</summary>
    public const string HandoffPolicy = "handoff-partner";

    /// <summary>The roles of <see cref="TicketPartnerPolicy"/>.</summary>
    public static IReadOnlyList<string> TicketPartners { get; } = [PlatformRole.HandlingUnit, PlatformRole.Enterprise];
}
