namespace Hotline.Analytics.Schema;

/// <summary>A column a later migration adds to a table an earlier one created (existing databases gain it in place).</summary>
/// <param name="Table">The table's name inside the analytics database.</param>
/// <param name="Column">The column as the table's current definition declares it.</param>
public sealed record ColumnAddition(string Table, ColumnDefinition Column)
{
    /// <summary>The additions of the named columns of <paramref name="table"/>, typed as its definition declares them.</summary>
    /// <exception cref="ArgumentException">A name the table does not declare.</exception>
    public static IReadOnlyList<ColumnAddition> Of(TableDefinition table, params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(columns);
        return [.. columns.Select(name => new ColumnAddition(table.Name, table.Columns.FirstOrDefault(c => c.Name == name)
            ?? throw new ArgumentException($"table {table.Name} declares no column '{name}'", nameof(columns))))];
    }
}
