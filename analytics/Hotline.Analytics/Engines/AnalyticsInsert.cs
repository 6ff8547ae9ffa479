using System.Text.RegularExpressions;

namespace Hotline.Analytics.Engines;

/// <summary>Rows for one table, encoded in a ClickHouse input format (Native for ingestion).</summary>
/// <param name="Table">The target, qualified: database.table.</param>
/// <param name="Columns">The columns the data holds, in its order.</param>
/// <param name="Format">The ClickHouse input format of <paramref name="Data"/>.</param>
/// <param name="Data">The encoded rows.</param>
/// <param name="DeduplicationToken">
/// ClickHouse's insert_deduplication_token: a repeat of an insert with the same token is dropped by the table
/// (and its materialized views), which makes redelivery after a failure harmless. Null for no deduplication.
/// </param>
public sealed partial record AnalyticsInsert(string Table, IReadOnlyList<string> Columns, string Format, ReadOnlyMemory<byte> Data, string? DeduplicationToken)
{
    /// <summary>Throws when a name or token contains anything but the characters the SQL building allows unquoted.</summary>
    public void Validate()
    {
        if (!QualifiedName().IsMatch(Table))
            throw new ArgumentException($"The insert target '{Table}' is not a database.table name of letters, digits and underscores.", nameof(Table));
        if (Columns.Count == 0)
            throw new ArgumentException($"The insert into {Table} names no columns.", nameof(Columns));
        foreach (var column in Columns)
        {
            if (!Identifier().IsMatch(column))
                throw new ArgumentException($"The column name '{column}' for {Table} is not an identifier of letters, digits and underscores.", nameof(Columns));
        }

        if (!Identifier().IsMatch(Format))
            throw new ArgumentException($"'{Format}' is not a ClickHouse format name.", nameof(Format));
        if (DeduplicationToken is { } token && !Token().IsMatch(token))
            throw new ArgumentException($"The deduplication token '{token}' may hold only letters, digits and . _ : - (up to 128).", nameof(DeduplicationToken));
    }

    /// <summary>The column list as SQL: (a, b, c).</summary>
    public string ColumnList => "(" + string.Join(", ", Columns) + ")";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex QualifiedName();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,128}$")]
    private static partial Regex Token();
}
