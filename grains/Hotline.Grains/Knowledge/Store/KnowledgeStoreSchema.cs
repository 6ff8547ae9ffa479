using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Knowledge.Store;

/// <summary>Creates the knowledge tables in a database that already exists (EnsureCreated adds nothing to a database that has tables) and seeds the default libraries and codes.</summary>
public static partial class KnowledgeStoreSchema
{
    /// <summary>Runs the model's CREATE TABLE / CREATE INDEX statements as IF NOT EXISTS, then adds the default libraries and codes to empty tables; safe to repeat.</summary>
    public static async Task EnsureAsync(KnowledgeDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        // This context maps only knowledge tables, so every CREATE in its script is one of ours.
        var script = db.Database.GenerateCreateScript();
        foreach (var statement in script.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (CreateKeyword().IsMatch(statement))
                await db.Database.ExecuteSqlRawAsync(CreateKeyword().Replace(statement, m => m.Value + " IF NOT EXISTS", 1), cancellationToken);
        }

        if (!await db.Libraries.AnyAsync(cancellationToken))
            db.Libraries.AddRange(KnowledgeDefaults.Libraries());
        if (!await db.Codes.AnyAsync(cancellationToken))
            db.Codes.AddRange(KnowledgeDefaults.Codes());
        await db.SaveChangesAsync(cancellationToken);
    }

    [GeneratedRegex("""^CREATE\s+(?:TABLE|(?:UNIQUE\s+)?INDEX)""", RegexOptions.IgnoreCase)]
    private static partial Regex CreateKeyword();
}
