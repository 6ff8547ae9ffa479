using System.Globalization;
using Hotline.Analytics.Engines;

namespace Hotline.Analytics.Schema;

/// <summary>Brings an analytics database up to the latest schema version; safe to run at every start and after a crash mid-way.</summary>
/// <remarks>
/// Every statement is CREATE … IF NOT EXISTS or ADD COLUMN IF NOT EXISTS, so a migration interrupted before it was
/// recorded simply runs again. Applied versions are kept in schema_migrations (ReplacingMergeTree, read with FINAL).
/// </remarks>
public sealed class SchemaMigrator(IAnalyticsEngine engine, SchemaRenderer renderer)
{
    /// <summary>The bookkeeping table of applied versions.</summary>
    public static readonly TableDefinition Journal = new("schema_migrations",
        [new("version", "UInt32"), new("description", "String"), new("applied_at", "DateTime")],
        "ReplacingMergeTree(applied_at)", "tuple()", "version");

    /// <summary>Every statement one migration runs, in order.</summary>
    public IReadOnlyList<string> Statements(AnalyticsMigration migration)
    {
        ArgumentNullException.ThrowIfNull(migration);
        return
        [
            .. migration.Tables.SelectMany(renderer.CreateTable),
            .. (migration.AddedColumns ?? []).SelectMany(renderer.AddColumn),
            .. migration.Views.Select(renderer.CreateView),
        ];
    }

    /// <summary>Applies the migrations not yet applied; returns their versions.</summary>
    public async Task<IReadOnlyList<int>> MigrateAsync(IReadOnlyList<AnalyticsMigration>? migrations = null, CancellationToken cancellationToken = default)
    {
        migrations ??= AnalyticsMigrations.All;
        Validate(migrations);
        await engine.ExecuteAsync(renderer.CreateDatabase(), cancellationToken);
        foreach (var statement in renderer.CreateTable(Journal))
            await engine.ExecuteAsync(statement, cancellationToken);

        var applied = await AppliedVersionsAsync(cancellationToken);
        var done = new List<int>();
        foreach (var migration in migrations.Where(m => !applied.Contains(m.Version)))
        {
            foreach (var statement in Statements(migration))
            {
                try
                {
                    await engine.ExecuteAsync(statement, cancellationToken);
                }
                catch (AnalyticsEngineException ex)
                {
                    throw new AnalyticsEngineException($"Analytics schema migration {migration.Version} ({migration.Description}) failed: {ex.Message}", ex);
                }
            }

            await engine.ExecuteAsync(
                $"INSERT INTO {renderer.Database}.{Journal.Name} (version, description, applied_at) "
                + $"VALUES ({migration.Version.ToString(CultureInfo.InvariantCulture)}, {SqlLiteral.Quote(migration.Description)}, now())",
                cancellationToken);
            done.Add(migration.Version);
        }

        return done;
    }

    /// <summary>The versions recorded as applied.</summary>
    public async Task<IReadOnlySet<int>> AppliedVersionsAsync(CancellationToken cancellationToken = default)
    {
        var result = await engine.QueryAsync($"SELECT version FROM {renderer.Database}.{Journal.Name} FINAL ORDER BY version", "TabSeparated", cancellationToken);
        return result.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => int.Parse(line, CultureInfo.InvariantCulture))
            .ToHashSet();
    }

    private static void Validate(IReadOnlyList<AnalyticsMigration> migrations)
    {
        for (var i = 1; i < migrations.Count; i++)
        {
            if (migrations[i].Version <= migrations[i - 1].Version)
                throw new InvalidOperationException($"Analytics migrations must have rising versions: {migrations[i].Version} follows {migrations[i - 1].Version}.");
        }
    }
}
