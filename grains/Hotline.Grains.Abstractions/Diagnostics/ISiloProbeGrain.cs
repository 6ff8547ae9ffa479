namespace Hotline.Grains.Abstractions.Diagnostics;

/// <summary>Answers a round trip through the silo, so health checks know grains are being activated and called.</summary>
public interface ISiloProbeGrain : IGrainWithIntegerKey
{
    /// <summary>Returns the silo's current time.</summary>
    Task<DateTimeOffset> PingAsync();
}
