using System.Text.RegularExpressions;
using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Categories;
using Hotline.Grains.Tickets.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Tickets.Store;

/// <summary>Creates, upgrades and seeds the ticket tables in a database that already exists (EnsureCreated adds nothing to a database that has tables, such as Orleans' own).</summary>
public static partial class TicketStoreSchema
{
    /// <summary>Runs the model's CREATE TABLE statements for the ticket tables as IF NOT EXISTS, adds the columns an older version's
    /// tables lack, runs the CREATE INDEX statements the same way, then seeds the missing default workflows and categories; safe to repeat.</summary>
    public static async Task EnsureAsync(OperationalDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var statements = db.Database.GenerateCreateScript()
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(MakeIdempotent).OfType<string>().ToList();
        // Indexes come after the column upgrade: an index on a new column cannot be built on an old table before the column exists.
        foreach (var table in statements.Where(s => !IsIndex(s)))
            await db.Database.ExecuteSqlRawAsync(table, cancellationToken);
        await TicketStoreUpgrade.AddMissingColumnsAsync(db, cancellationToken);
        foreach (var index in statements.Where(IsIndex))
            await db.Database.ExecuteSqlRawAsync(index, cancellationToken);
        await TicketWorkflowCatalog.SeedAsync(db, DateTimeOffset.UtcNow, cancellationToken);
        await TicketCategoryCatalog.SeedAsync(db, cancellationToken);
    }

    private static bool IsIndex(string statement) => IndexKeyword().IsMatch(statement);

    /// <summary>The statement with IF NOT EXISTS when it creates a ticket table or index, null for anything else.</summary>
    internal static string? MakeIdempotent(string statement)
    {
        var table = CreateTarget().Match(statement);
        if (!table.Success || !TicketStoreModel.TableNames.Contains(table.Groups["table"].Value, StringComparer.Ordinal))
            return null;
        return CreateKeyword().Replace(statement, m => m.Value + " IF NOT EXISTS", 1);
    }

    // CREATE TABLE "t" ( … / CREATE [UNIQUE] INDEX "i" ON "t" ( …; Npgsql leaves lower-case names unquoted (CREATE TABLE tickets (…).
    [GeneratedRegex("""^CREATE\s+(?:TABLE\s+(?:"(?<table>[^"]+)"|(?<table>\w+))|(?:UNIQUE\s+)?INDEX\s+(?:"[^"]+"|\w+)\s+ON\s+(?:"(?<table>[^"]+)"|(?<table>\w+)))""", RegexOptions.IgnoreCase)]
    private static partial Regex CreateTarget();

    [GeneratedRegex("""^CREATE\s+(?:UNIQUE\s+)?INDEX""", RegexOptions.IgnoreCase)]
    private static partial Regex IndexKeyword();

    [GeneratedRegex("""^CREATE\s+(?:TABLE|(?:UNIQUE\s+)?INDEX)""", RegexOptions.IgnoreCase)]
    private static partial Regex CreateKeyword();
}
