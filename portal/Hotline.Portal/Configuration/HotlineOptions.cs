using Hotline.Analytics.Engines;

namespace Hotline.Portal.Configuration;

/// <summary>The platform's settings, bound from the <c>Hotline</c> configuration section.</summary>
public sealed class HotlineOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Hotline";

    /// <summary>Folder for the SQLite store, the analytics engine's files and recordings.</summary>
    public string DataDir { get; set; } = "data";

    /// <summary>Seeds the demo organisation (service number 12328, extensions 8001–8010, accounts, queues).</summary>
    public bool Demo { get; set; }

    public SipOptions Sip { get; set; } = new();

    /// <summary>Anchored media: RTP range, music on hold, prompts, TTS (<c>Hotline:Media</c>).</summary>
    public MediaOptions Media { get; set; } = new();

    public AnalyticsEngineOptions Analytics { get; set; } = new();

    public StoreOptions Store { get; set; } = new();

    public SiloOptions Silo { get; set; } = new();

    public TelemetryOptions Telemetry { get; set; } = new();
}
