namespace Hotline.Portal.Configuration;

/// <summary>Settings of metrics export (<c>Hotline:Telemetry</c>).</summary>
public sealed class TelemetryOptions
{
    /// <summary>Writes OpenTelemetry metrics to the console every <see cref="ConsoleIntervalSeconds"/>.</summary>
    public bool ConsoleExporter { get; set; }

    public int ConsoleIntervalSeconds { get; set; } = 60;
}
