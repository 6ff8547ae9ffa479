namespace Hotline.Portal.Administration;

/// <summary>One service number as the numbers page shows it: the number, its display name, whether it is answered, and the IVR flow its calls run
/// (catalog name, the flow's display name and version; null when the catalog has no such flow).</summary>
public sealed record ServiceNumberRow(string Number, string DisplayName, bool Enabled, string Flow, string? FlowDisplayName, int? FlowVersion);
