using System.Diagnostics;
using Hotline.Grains.Tickets.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Benchmarks.Tickets;

/// <summary>Fills the SQLite ticket store with generated tickets and their first history entry through one prepared statement per table,
/// in transactions of 50,000 rows: a million rows through EF change tracking would take longer than the measurements themselves.</summary>
internal sealed class TicketBulkSeeder(TicketsSilo silo, TicketCorpusGenerator generator)
{
    private const int RowsPerTransaction = 50_000;

    private static readonly string[] TicketColumns =
    [
        "Number", "Type", "CategoryCode", "Channel", "CitizenPhone", "Enterprise", "VehiclePlate", "Location", "Description", "State",
        "DeadlineUnixMs", "CreatedAtUnixMs", "UpdatedAtUnixMs", "Version", "UrgeCount", "Escalated", "Major", "ReopenCount",
    ];

    private static readonly string[] HistoryColumns = ["TicketNumber", "Sequence", "Action", "Actor", "AtUnixMs", "ToState"];

    /// <summary>Writes <paramref name="rows"/> tickets numbered B-00000000… created over the last 90 days; returns every 997th ticket's plate (search terms) and the elapsed time.</summary>
    public (List<string> Plates, TimeSpan Elapsed) Fill(int rows, DateTimeOffset now)
    {
        var clock = Stopwatch.StartNew();
        var plates = new List<string>();
        string connectionString;
        using (var db = silo.CreateDbContext())
            connectionString = db.Database.GetConnectionString()!;
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var tickets = Insert(connection, "tickets", TicketColumns);
        using var history = Insert(connection, "ticket_history", HistoryColumns);
        for (var first = 0; first < rows; first += RowsPerTransaction)
        {
            using var transaction = connection.BeginTransaction();
            tickets.Transaction = transaction;
            history.Transaction = transaction;
            for (var i = first; i < Math.Min(rows, first + RowsPerTransaction); i++)
            {
                var created = now - TimeSpan.FromMinutes(90.0 * 24 * 60 * (rows - i) / rows);
                var ticket = generator.Next($"B-{i:D8}", created);
                if (i % 997 == 0)
                    plates.Add(ticket.VehiclePlate!);
                Run(tickets, ticket.Number, ticket.Type, ticket.CategoryCode, ticket.Channel, ticket.CitizenPhone, ticket.Enterprise, ticket.VehiclePlate,
                    ticket.Location, ticket.Description, ticket.State, ticket.DeadlineUnixMs, ticket.CreatedAtUnixMs, ticket.UpdatedAtUnixMs, ticket.Version,
                    0, false, false, 0);
                Run(history, ticket.Number, 1, "Create", "bench", ticket.CreatedAtUnixMs, ticket.State);
            }
            transaction.Commit();
        }
        return (plates, clock.Elapsed);
    }

    private static SqliteCommand Insert(SqliteConnection connection, string table, string[] columns)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        for (var i = 0; i < columns.Length; i++)
            command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }
}
