using System.Globalization;
using Hotline.Analytics.Engines;
using Hotline.Analytics.Engines.Embedded;
using Hotline.Portal.Configuration;
using Hotline.Portal.Resources;

namespace Hotline.Portal.Hosting;

/// <summary>Registers the analytics engine the configuration selects.</summary>
public static class AnalyticsSetup
{
    public static IServiceCollection AddAnalyticsEngine(this IServiceCollection services, HotlineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (HotlineOptionsValidator.Is(options.Analytics.Engine, AnalyticsEngineOptions.ServerEngine))
        {
            // The ClickHouse.Driver back end lands with the analytics issue; say so rather than start half a platform.
            throw HotlineStartupException.ForSetting("Hotline:Analytics:Engine", options.Analytics.Engine,
                string.Format(CultureInfo.CurrentCulture, StartupMessages.EngineNotAvailable, options.Analytics.Engine, "use embedded"));
        }

        var engineOptions = options.Analytics;
        try
        {
            // Locating the library up front turns a missing set-up into a start-up message, not a failed part.
            ChdbLibraryLocator.ForCurrentProcess(engineOptions.Library).Locate();
        }
        catch (AnalyticsEngineException ex)
        {
            throw HotlineStartupException.ForSetting("Hotline:Analytics:Library", options.Analytics.Library, ex.Message);
        }

        services.AddSingleton(sp => new AnalyticsEngineHost(
            _ => Task.FromResult<IAnalyticsEngine>(EmbeddedClickHouseEngine.Open(
                options.DataDir, engineOptions, sp.GetRequiredService<ILogger<EmbeddedClickHouseEngine>>())),
            sp.GetRequiredService<ILogger<AnalyticsEngineHost>>()));
        services.AddHostedService(sp => sp.GetRequiredService<AnalyticsEngineHost>());
        return services;
    }
}
