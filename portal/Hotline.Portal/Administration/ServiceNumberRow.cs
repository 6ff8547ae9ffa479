namespace Hotline.Portal.Administration;

/// <summary>One service number as the numbers page shows it: the number and the IVR flow its calls run (catalog name, display name and version;
/// null when the catalog has no such flow).</summary>
public sealed record ServiceNumberRow(string Number, string Flow, string? FlowDisplayName, int? FlowVersion);
