namespace Hotline.Telephony.Sip.Registrar;

/// <summary>Limits and housekeeping of <see cref="LocationService"/>.</summary>
public sealed class LocationServiceOptions
{
    /// <summary>The most contacts one AOR may hold (a phone, a softphone, a few more). Default 10.</summary>
    public int MaxBindingsPerAor { get; set; } = 10;

    /// <summary>The most bindings held in total, bounding memory. Default 100 000.</summary>
    public int MaxBindings { get; set; } = 100_000;

    /// <summary>How often lapsed bindings are swept and reported as expired; zero or infinite: only lazily on access. Default 15 s.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(15);
}
