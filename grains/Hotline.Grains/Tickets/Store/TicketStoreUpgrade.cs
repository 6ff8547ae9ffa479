using System.Data.Common;
using Hotline.Grains.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Hotline.Grains.Tickets.Store;

/// <summary>Adds the columns a newer model has to ticket tables an older version created (CREATE TABLE IF NOT EXISTS leaves those tables as they were).</summary>
public static class TicketStoreUpgrade
{
    private const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    /// <summary>Adds every mapped column missing from an existing ticket table; a new NOT NULL column starts at 0 / false.</summary>
    public static async Task AddMissingColumnsAsync(OperationalDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sqlite = string.Equals(db.Database.ProviderName, SqliteProvider, StringComparison.Ordinal);
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            if (table is null || !TicketStoreModel.TableNames.Contains(table, StringComparer.Ordinal))
                continue;
            var existing = await ColumnsAsync(db, table, sqlite, cancellationToken);
            // No columns: the table is not there (its CREATE did not run), and ALTER TABLE would only fail on a missing relation.
            if (existing.Count == 0)
                continue;
            var identifier = StoreObjectIdentifier.Table(table, entity.GetSchema());
            foreach (var property in entity.GetProperties())
            {
                var column = property.GetColumnName(identifier);
                if (column is null || existing.Contains(column))
                    continue;
                var sql = $"ALTER TABLE \"{table}\" ADD COLUMN \"{column}\" {property.GetColumnType()}{DefaultFor(property, table, column)}";
                await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
            }
        }
    }

    private static string DefaultFor(IProperty property, string table, string column)
    {
        if (property.IsNullable)
            return "";
        var type = property.ClrType;
        if (type == typeof(bool))
            return " NOT NULL DEFAULT FALSE";
        if (type == typeof(int) || type == typeof(long) || type == typeof(double))
            return " NOT NULL DEFAULT 0";
        throw new InvalidOperationException($"Column {table}.{column} ({type.Name}, NOT NULL) cannot be added to existing rows without a default; give it one in TicketStoreUpgrade.");
    }

    private static async Task<HashSet<string>> ColumnsAsync(OperationalDbContext db, string table, bool sqlite, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
            await connection.OpenAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sqlite
                ? "SELECT name FROM pragma_table_info(@table)"
                : "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@table";
            parameter.Value = table;
            command.Parameters.Add(parameter);
            var columns = new HashSet<string>(StringComparer.Ordinal);
            await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                columns.Add(reader.GetString(0));
            return columns;
        }
        finally
        {
            if (opened)
                await connection.CloseAsync();
        }
    }
}
