namespace Hotline.Grains.People.Store;

/// <summary>A row of the KPI schemes table: one role's KPI definitions as JSON.</summary>
public sealed class KpiSchemeRecord : IDocumentRecord
{
    public required string Role { get; set; }
    public required string Document { get; set; }
    public long UpdatedAtUnixMs { get; set; }
}
