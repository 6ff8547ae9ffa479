using System.Data.Common;
using Hotline.Grains.Abstractions.People;
using Hotline.Portal.Configuration;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.Identity;

/// <summary>Adds the identity and audit tables to the store when they are missing (the database usually exists already), then seeds the demo accounts.</summary>
public sealed partial class IdentityStoreInitializer(
    IServiceScopeFactory scopes,
    IOptions<HotlineOptions> options,
    ILogger<IdentityStoreInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalIdentityDbContext>();
        if (!await TablesExistAsync(db, cancellationToken))
        {
            try
            {
                await db.GetService<IRelationalDatabaseCreator>().CreateTablesAsync(cancellationToken);
            }
            catch (DbException)
            {
                // Another silo on the same PostgreSQL may have created them between the check and the creation.
                if (!await TablesExistAsync(db, cancellationToken))
                {
                    throw;
                }
            }
        }

        await EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        if (options.Value.Demo)
        {
            var added = await DemoAccountSeeder.SeedAsync(scope.ServiceProvider, cancellationToken);
            LogSeeded(logger, added);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in PlatformRole.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                IdentityResults.ThrowIfFailed(await roles.CreateAsync(new IdentityRole(role)), $"role '{role}'");
            }
        }
    }

    // Asks the catalog instead of trying a query, so a first start logs no failed command.
    private static async Task<bool> TablesExistAsync(PortalIdentityDbContext db, CancellationToken cancellationToken)
    {
        var sql = db.Database.IsNpgsql()
            ? "SELECT count(*)::int AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'audit_log'"
            : "SELECT count(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'";
        return await db.Database.SqlQueryRaw<int>(sql).SingleAsync(cancellationToken) > 0;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo portal accounts seeded ({Added} users added)")]
    private static partial void LogSeeded(ILogger logger, int added);
}
