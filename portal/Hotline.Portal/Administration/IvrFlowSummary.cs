namespace Hotline.Portal.Administration;

/// <summary>One row of the IVR flow list: the catalog name, the flow's display name, version and node count.</summary>
public sealed record IvrFlowSummary(string Name, string? DisplayName, int Version, int Nodes);
