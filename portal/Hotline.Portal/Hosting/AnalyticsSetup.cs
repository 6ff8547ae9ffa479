using Hotline.Analytics.Engines;
using Hotline.Analytics.Engines.Embedded;
using Hotline.Analytics.Engines.Server;
using Hotline.Analytics.Schema;
using Hotline.Grains.Abstractions.Events;
using Hotline.Grains.Outbox;
using Hotline.Portal.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hotline.Portal.Hosting;

/// <summary>Registers the analytics engine the configuration selects, its schema migration, and the outbox ingestion.</summary>
public static class AnalyticsSetup
{
    public static IServiceCollection AddAnalyticsEngine(this IServiceCollection services, HotlineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var engineOptions = options.Analytics;
        var server = HotlineOptionsValidator.Is(engineOptions.Engine, AnalyticsEngineOptions.ServerEngine);
        if (!server)
        {
            try
            {
                // Locating the library up front turns a missing set-up into a start-up message, not a failed part.
                ChdbLibraryLocator.ForCurrentProcess(engineOptions.Library).Locate();
            }
            catch (AnalyticsEngineException ex)
            {
                throw HotlineStartupException.ForSetting("Hotline:Analytics:Library", engineOptions.Library, ex.Message);
            }
        }

        try
        {
            _ = new SchemaRenderer(engineOptions.Database, engineOptions.Cluster);
        }
        catch (ArgumentException ex)
        {
            throw HotlineStartupException.ForSetting("Hotline:Analytics:Database", engineOptions.Database, ex.Message);
        }

        services.AddSingleton(sp => new AnalyticsEngineHost(
            async cancellationToken =>
            {
                IAnalyticsEngine engine = server
                    ? ClickHouseServerEngine.Create(engineOptions)
                    : EmbeddedClickHouseEngine.Open(options.DataDir, engineOptions, sp.GetRequiredService<ILogger<EmbeddedClickHouseEngine>>());
                try
                {
                    await new SchemaMigrator(engine, new SchemaRenderer(engineOptions.Database, engineOptions.Cluster))
                        .MigrateAsync(cancellationToken: cancellationToken);
                    return engine;
                }
                catch
                {
                    await engine.DisposeAsync();
                    throw;
                }
            },
            sp.GetRequiredService<ILogger<AnalyticsEngineHost>>()));
        services.AddHostedService(sp => sp.GetRequiredService<AnalyticsEngineHost>());

        // Producers append to the outbox in the operational store; the ingestion host moves it to the engine.
        services.TryAddSingleton<IEventOutbox, EventOutbox>();
        services.TryAddSingleton<IEventOutboxReader, EventOutboxReader>();
        services.AddSingleton<AnalyticsIngestionHost>();
        services.AddHostedService(sp => sp.GetRequiredService<AnalyticsIngestionHost>());
        return services;
    }
}
