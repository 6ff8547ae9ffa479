namespace Hotline.Grains.Telephony.Store;

/// <summary>One saved version of an IVR flow (the flow's JSON); the highest version of a name is the flow calls run.</summary>
public sealed class IvrFlowVersionRecord
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public int Version { get; set; }
    public required string Json { get; set; }
    public long SavedAtUnixMs { get; set; }
    public required string SavedBy { get; set; }
}
