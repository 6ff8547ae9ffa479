using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Telephony.Store;

/// <summary>Creates the telephony tables in a database that already exists (EnsureCreated adds nothing to a database that has tables), so existing stores gain them on upgrade.</summary>
public static partial class TelephonyStoreSchema
{
    /// <summary>Runs the model's CREATE TABLE / CREATE INDEX statements as IF NOT EXISTS and adds the change-counter row; safe to repeat and to run from two silos at once.</summary>
    public static async Task EnsureAsync(TelephonyDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        // This context maps only telephony tables, so every CREATE in its script is one of ours.
        foreach (var statement in db.Database.GenerateCreateScript().Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (CreateKeyword().IsMatch(statement))
                await db.Database.ExecuteSqlRawAsync(CreateKeyword().Replace(statement, m => m.Value + " IF NOT EXISTS", 1), cancellationToken);
        }

        // Plain SQL with ON CONFLICT (SQLite and PostgreSQL both have it): a second silo starting at the same moment adds nothing.
        await db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO telephony_changes (\"Id\", \"Version\") VALUES ({TelephonyChangeRecord.SingletonId}, 0) ON CONFLICT DO NOTHING", cancellationToken);
    }

    [GeneratedRegex("""^CREATE\s+(?:TABLE|(?:UNIQUE\s+)?INDEX)""", RegexOptions.IgnoreCase)]
    private static partial Regex CreateKeyword();
}
