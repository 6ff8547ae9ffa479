using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Hotline.Analytics.Schema;

/// <summary>Writes the DDL for the analytics schema: plain MergeTree tables on one node, or Replicated tables with
/// Distributed fronts and ON CLUSTER when a cluster is named.</summary>
/// <remarks>
/// On a cluster every table lives as &lt;name&gt;_local on each node (Replicated*MergeTree under the {shard} and
/// {replica} macros) and &lt;name&gt; is a Distributed table over it, so queries and inserts use the same names
/// either way. Materialized views run on each node, from local table to local table.
/// </remarks>
public sealed partial class SchemaRenderer
{
    /// <summary>The suffix of the node-local tables on a cluster.</summary>
    public const string LocalSuffix = "_local";

    /// <summary>A renderer for <paramref name="database"/>, on <paramref name="cluster"/> when it is set.</summary>
    public SchemaRenderer(string database, string? cluster = null)
    {
        if (!Identifier().IsMatch(database))
            throw new ArgumentException($"The analytics database name '{database}' must be letters, digits and underscores.", nameof(database));
        if (!string.IsNullOrWhiteSpace(cluster) && !Identifier().IsMatch(cluster))
            throw new ArgumentException($"The cluster name '{cluster}' must be letters, digits and underscores.", nameof(cluster));
        Database = database;
        Cluster = string.IsNullOrWhiteSpace(cluster) ? null : cluster;
    }

    public string Database { get; }

    public string? Cluster { get; }

    private string OnCluster => Cluster is null ? "" : $" ON CLUSTER {Cluster}";

    /// <summary>CREATE DATABASE IF NOT EXISTS.</summary>
    public string CreateDatabase() => $"CREATE DATABASE IF NOT EXISTS {Database}{OnCluster}";

    /// <summary>The statements that create a table (and on a cluster its Distributed front), each idempotent.</summary>
    public IReadOnlyList<string> CreateTable(TableDefinition table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var storage = Cluster is null ? table.Name : table.Name + LocalSuffix;
        var sql = new StringBuilder();
        sql.Append(CultureInfo.InvariantCulture, $"CREATE TABLE IF NOT EXISTS {Database}.{storage}{OnCluster}\n(\n");
        sql.AppendJoin(",\n", table.Columns.Select(c => $"    {c.Name} {c.Type}"));
        sql.Append(CultureInfo.InvariantCulture, $"\n)\nENGINE = {Engine(table, storage)}\n");
        sql.Append(CultureInfo.InvariantCulture, $"PARTITION BY {table.PartitionBy}\nORDER BY ({table.OrderBy})\n");
        var window = Cluster is null ? "non_replicated_deduplication_window" : "replicated_deduplication_window";
        sql.Append(CultureInfo.InvariantCulture, $"SETTINGS {window} = {TableDefinition.DeduplicationWindow}");
        if (Cluster is null)
            return [sql.ToString()];
        return
        [
            sql.ToString(),
            $"CREATE TABLE IF NOT EXISTS {Database}.{table.Name}{OnCluster} AS {Database}.{storage}\n"
                + $"ENGINE = Distributed({Cluster}, {Database}, {storage}, rand())",
        ];
    }

    /// <summary>CREATE MATERIALIZED VIEW IF NOT EXISTS … TO target: node-local on a cluster.</summary>
    public string CreateView(ViewDefinition view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var suffix = Cluster is null ? "" : LocalSuffix;
        var select = view.Select
            .Replace("{source}", $"{Database}.{view.Source}{suffix}", StringComparison.Ordinal)
            .Replace("{db}", Database, StringComparison.Ordinal);
        return $"CREATE MATERIALIZED VIEW IF NOT EXISTS {Database}.{view.Name}{OnCluster} TO {Database}.{view.Target}{suffix}\nAS {select}";
    }

    /// <summary>
    /// ALTER TABLE … ADD COLUMN IF NOT EXISTS: on a cluster on the node-local table and then on its Distributed front,
    /// which does not follow the local table's columns by itself.
    /// </summary>
    public IReadOnlyList<string> AddColumn(ColumnAddition addition)
    {
        ArgumentNullException.ThrowIfNull(addition);
        var column = $"ADD COLUMN IF NOT EXISTS {addition.Column.Name} {addition.Column.Type}";
        if (Cluster is null)
            return [$"ALTER TABLE {Database}.{addition.Table} {column}"];
        return
        [
            $"ALTER TABLE {Database}.{addition.Table}{LocalSuffix}{OnCluster} {column}",
            $"ALTER TABLE {Database}.{addition.Table}{OnCluster} {column}",
        ];
    }

    private string Engine(TableDefinition table, string storage)
    {
        var open = table.Engine.IndexOf('(', StringComparison.Ordinal);
        var family = open < 0 ? table.Engine : table.Engine[..open];
        var arguments = open < 0 ? "" : table.Engine[(open + 1)..^1];
        if (Cluster is null)
            return $"{family}({arguments})";
        var replication = $"'/clickhouse/tables/{{shard}}/{Database}/{storage}', '{{replica}}'";
        return $"Replicated{family}({replication}{(arguments.Length == 0 ? "" : ", " + arguments)})";
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
