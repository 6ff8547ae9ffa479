using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Portal.Public.Notices;

/// <summary>Creates the notices table in a database that already has other tables (EnsureCreated would add nothing there); safe to repeat.</summary>
public static partial class NoticeStoreSchema
{
    /// <summary>Runs the context's CREATE TABLE / CREATE INDEX statements as IF NOT EXISTS.</summary>
    public static async Task EnsureAsync(NoticeDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        // The context maps only the notices table, so every CREATE in its script is ours.
        foreach (var statement in db.Database.GenerateCreateScript().Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (CreateKeyword().IsMatch(statement))
            {
                await db.Database.ExecuteSqlRawAsync(CreateKeyword().Replace(statement, m => m.Value + " IF NOT EXISTS", 1), cancellationToken);
            }
        }
    }

    [GeneratedRegex("""^CREATE\s+(?:TABLE|(?:UNIQUE\s+)?INDEX)""", RegexOptions.IgnoreCase)]
    private static partial Regex CreateKeyword();
}
