namespace Hotline.Portal.Administration;

/// <summary>One category as the page shows it: its depth in the tree, own SLA hours and the hours it applies with the code they come from (null: the ticket type's).</summary>
public sealed record TicketCategoryRow(
    string Code, string? ParentCode, string Name, int Depth, int? OwnSlaHours, int? EffectiveSlaHours, string? SlaSource, bool Enabled);
