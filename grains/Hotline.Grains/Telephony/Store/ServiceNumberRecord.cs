namespace Hotline.Grains.Telephony.Store;

/// <summary>A row of the service-number registry: the dialled number, the IVR flow its calls run, the name people know it by, and whether it is answered.</summary>
public sealed class ServiceNumberRecord
{
    public required string Number { get; set; }
    public required string Flow { get; set; }
    public required string DisplayName { get; set; }
    public bool Enabled { get; set; }
    public long UpdatedAtUnixMs { get; set; }
}
