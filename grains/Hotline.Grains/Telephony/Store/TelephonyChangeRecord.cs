namespace Hotline.Grains.Telephony.Store;

/// <summary>The single row every silo polls: its version goes up with each change to the service numbers or the IVR flows.</summary>
public sealed class TelephonyChangeRecord
{
    /// <summary>The id of the only row.</summary>
    public const int SingletonId = 1;

    public int Id { get; set; }
    public long Version { get; set; }
}
