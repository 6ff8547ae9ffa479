using System.Text.RegularExpressions;
using Hotline.Grains.Store;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Tickets.Store;

/// <summary>Creates the ticket tables in a database that already exists (EnsureCreated adds nothing to a database that has tables, such as Orleans' own).</summary>
public static partial class TicketStoreSchema
{
    /// <summary>Runs the model's CREATE TABLE / CREATE INDEX statements for the ticket tables as IF NOT EXISTS; safe to repeat.</summary>
    public static async Task EnsureAsync(OperationalDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var script = db.Database.GenerateCreateScript();
        foreach (var statement in script.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var idempotent = MakeIdempotent(statement);
            if (idempotent is not null)
                await db.Database.ExecuteSqlRawAsync(idempotent, cancellationToken);
        }
    }

    /// <summary>The statement with IF NOT EXISTS when it creates a ticket table or index, null for anything else.</summary>
    internal static string? MakeIdempotent(string statement)
    {
        var table = CreateTarget().Match(statement);
        if (!table.Success || !TicketStoreModel.TableNames.Contains(table.Groups["table"].Value, StringComparer.Ordinal))
            return null;
        return CreateKeyword().Replace(statement, m => m.Value + " IF NOT EXISTS", 1);
    }

    // CREATE TABLE "t" ( … / CREATE [UNIQUE] INDEX "i" ON "t" ( …
    [GeneratedRegex("""^CREATE\s+(?:TABLE\s+"(?<table>[^"]+)"|(?:UNIQUE\s+)?INDEX\s+"[^"]+"\s+ON\s+"(?<table>[^"]+)")""", RegexOptions.IgnoreCase)]
    private static partial Regex CreateTarget();

    [GeneratedRegex("""^CREATE\s+(?:TABLE|(?:UNIQUE\s+)?INDEX)""", RegexOptions.IgnoreCase)]
    private static partial Regex CreateKeyword();
}
