using System.Globalization;
using Hotline.Analytics.Engines;
using Hotline.Portal.Resources;
using Hotline.Telephony.Sip.Transport;

namespace Hotline.Portal.Configuration;

/// <summary>Checks every setting before anything starts, so a bad value stops the platform with one clear message.</summary>
public static class HotlineOptionsValidator
{
    /// <summary>Validates the options and prepares the data folder; returns the parsed SIP listen addresses.</summary>
    /// <exception cref="HotlineStartupException">A value is unusable; the message names the key and the value.</exception>
    public static IReadOnlyList<SipListenAddress> Validate(HotlineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        EnsureDataDirWritable(options.DataDir);
        var listen = ParseListen(options.Sip.Listen);

        RequireChoice("Hotline:Analytics:Engine", options.Analytics.Engine, AnalyticsEngineOptions.EmbeddedEngine, AnalyticsEngineOptions.ServerEngine);
        if (Is(options.Analytics.Engine, AnalyticsEngineOptions.ServerEngine) && string.IsNullOrWhiteSpace(options.Analytics.ConnectionString))
        {
            throw RequiredWhen("Hotline:Analytics:Engine", options.Analytics.Engine, "Hotline:Analytics:ConnectionString");
        }

        RequireChoice("Hotline:Store:Provider", options.Store.Provider, StoreOptions.Sqlite, StoreOptions.Postgres);
        if (Is(options.Store.Provider, StoreOptions.Postgres) && string.IsNullOrWhiteSpace(options.Store.ConnectionString))
        {
            throw RequiredWhen("Hotline:Store:Provider", options.Store.Provider, "Hotline:Store:ConnectionString");
        }

        RequirePort("Hotline:Silo:SiloPort", options.Silo.SiloPort);
        RequirePort("Hotline:Silo:GatewayPort", options.Silo.GatewayPort);
        return listen;
    }

    /// <summary>Case-insensitive comparison of a setting with one of its allowed values.</summary>
    public static bool Is(string? value, string choice) => string.Equals(value?.Trim(), choice, StringComparison.OrdinalIgnoreCase);

    private static IReadOnlyList<SipListenAddress> ParseListen(string? value)
    {
        try
        {
            return SipListenAddress.ParseList(value ?? "");
        }
        catch (FormatException ex)
        {
            throw HotlineStartupException.ForSetting("Hotline:Sip:Listen", value, ex.Message);
        }
    }

    private static void EnsureDataDirWritable(string? dataDir)
    {
        if (string.IsNullOrWhiteSpace(dataDir))
        {
            throw HotlineStartupException.ForSetting("Hotline:DataDir", dataDir, Format(StartupMessages.DataDirNotWritable, "empty"));
        }

        try
        {
            Directory.CreateDirectory(dataDir);
            var probe = Path.Combine(dataDir, $".write-probe-{Environment.ProcessId}");
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw HotlineStartupException.ForSetting("Hotline:DataDir", dataDir, Format(StartupMessages.DataDirNotWritable, ex.Message));
        }
    }

    private static void RequireChoice(string key, string? value, params string[] choices)
    {
        if (!choices.Any(c => Is(value, c)))
        {
            throw HotlineStartupException.ForSetting(key, value, Format(StartupMessages.UnknownChoice, string.Join(", ", choices)));
        }
    }

    private static void RequirePort(string key, int port)
    {
        if (port is < 1 or > 65535)
        {
            throw HotlineStartupException.ForSetting(key, port.ToString(CultureInfo.InvariantCulture), StartupMessages.PortOutOfRange);
        }
    }

    private static HotlineStartupException RequiredWhen(string key, string? value, string requiredKey) =>
        HotlineStartupException.ForSetting(requiredKey, "", Format(StartupMessages.RequiredWhen, key, value, requiredKey));

    private static string Format(string template, params object?[] args) => string.Format(CultureInfo.CurrentCulture, template, args);
}
