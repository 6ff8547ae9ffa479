using Hotline.Grains.Store;
using Hotline.Portal.Configuration;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Portal.Hosting;

/// <summary>Registers the operational store on the configured provider.</summary>
public static class StoreSetup
{
    public static IServiceCollection AddOperationalStore(this IServiceCollection services, HotlineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var store = options.Store;
        if (HotlineOptionsValidator.Is(store.Provider, StoreOptions.Postgres))
        {
            services.AddDbContextFactory<OperationalDbContext>(db => db.UseNpgsql(store.ConnectionString));
        }
        else
        {
            var connection = string.IsNullOrWhiteSpace(store.ConnectionString)
                ? $"Data Source={Path.Combine(Path.GetFullPath(options.DataDir), "hotline.db")}"
                : store.ConnectionString;
            services.AddDbContextFactory<OperationalDbContext>(db => db.UseSqlite(connection));
        }

        services.AddSingleton<OperationalStoreState>();
        services.AddHostedService<OperationalStoreInitializer>();
        return services;
    }
}
