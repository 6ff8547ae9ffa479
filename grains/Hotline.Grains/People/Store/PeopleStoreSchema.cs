using System.Text.RegularExpressions;
using Hotline.Grains.Reviews;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.People.Store;

/// <summary>Creates the people tables in a database that already exists (EnsureCreated adds nothing to a database that has tables) and seeds the default KPI schemes.</summary>
public static partial class PeopleStoreSchema
{
    /// <summary>Runs the model's CREATE TABLE / CREATE INDEX statements as IF NOT EXISTS, then adds the default KPI schemes of roles that have none; safe to repeat.</summary>
    public static async Task EnsureAsync(PeopleDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        // This context maps only people tables, so every CREATE in its script is one of ours.
        var script = db.Database.GenerateCreateScript();
        foreach (var statement in script.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (CreateKeyword().IsMatch(statement))
                await db.Database.ExecuteSqlRawAsync(CreateKeyword().Replace(statement, m => m.Value + " IF NOT EXISTS", 1), cancellationToken);
        }

        var existing = await db.KpiSchemes.Select(s => s.Role).ToListAsync(cancellationToken);
        foreach (var scheme in KpiDefaults.Schemes.Where(s => !existing.Contains(s.Role, StringComparer.Ordinal)))
        {
            db.KpiSchemes.Add(new KpiSchemeRecord
            {
                Role = scheme.Role, Document = PeopleJson.Write(scheme), UpdatedAtUnixMs = clock.GetUtcNow().ToUnixTimeMilliseconds(),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    [GeneratedRegex("""^CREATE\s+(?:TABLE|(?:UNIQUE\s+)?INDEX)""", RegexOptions.IgnoreCase)]
    private static partial Regex CreateKeyword();
}
