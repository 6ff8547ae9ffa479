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
        services.AddDbContextFactory<OperationalDbContext>(db => UseStore(db, options));

        services.AddSingleton<OperationalStoreState>();
        services.AddHostedService<OperationalStoreInitializer>();
        return services;
    }

    /// <summary>Puts a context of the operational store's database (operational, identity, people, knowledge, notices, telephony) on the configured
    /// provider: PostgreSQL, or the SQLite file with SQLite's own busy wait.</summary>
    public static DbContextOptionsBuilder UseStore(DbContextOptionsBuilder db, HotlineOptions options)
    {
        ArgumentNullException.ThrowIfNull(db);
        var connection = ConnectionString(options);
        return UsesPostgres(options) ? db.UseNpgsql(connection) : db.UseHotlineSqlite(connection);
    }

    /// <summary>Whether <c>Hotline:Store:Provider</c> selects PostgreSQL (else a SQLite file).</summary>
    public static bool UsesPostgres(HotlineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return HotlineOptionsValidator.Is(options.Store.Provider, StoreOptions.Postgres);
    }

    /// <summary>The store's connection string: the configured one, or for SQLite <c>&lt;DataDir&gt;/hotline.db</c> by default.</summary>
    public static string ConnectionString(HotlineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var store = options.Store;
        return UsesPostgres(options) || !string.IsNullOrWhiteSpace(store.ConnectionString)
            ? store.ConnectionString ?? ""
            : $"Data Source={Path.Combine(Path.GetFullPath(options.DataDir), "hotline.db")}";
    }
}
