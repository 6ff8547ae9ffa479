namespace Hotline.Analytics.Ingestion.Native;

/// <summary>Encodes columns of equal length as one block of ClickHouse's Native format.</summary>
public static class NativeBlock
{
    /// <summary>The block's bytes: column and row counts, then each column's name, type and values.</summary>
    public static ReadOnlyMemory<byte> Encode(IReadOnlyList<NativeColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Count == 0)
            throw new ArgumentException("A Native block needs at least one column.", nameof(columns));
        var rows = columns[0].Rows;
        var capacity = 20;
        foreach (var column in columns)
        {
            if (column.Rows != rows)
                throw new InvalidOperationException($"Column {column.Name} has {column.Rows} rows, but {columns[0].Name} has {rows}.");
            capacity += NativeColumn.MaxStringLength(column.Name) + NativeColumn.MaxStringLength(column.Type) + column.ValuesLength;
        }

        // One allocation of an upper bound, then one copy per column: the block is as large as the batch.
        var buffer = GC.AllocateUninitializedArray<byte>(capacity);
        var span = buffer.AsSpan();
        var position = NativeColumn.WriteVarUInt(span, (ulong)columns.Count);
        position += NativeColumn.WriteVarUInt(span[position..], (ulong)rows);
        foreach (var column in columns)
        {
            position += NativeColumn.WriteString(span[position..], column.Name);
            position += NativeColumn.WriteString(span[position..], column.Type);
            position += column.WriteValues(span[position..]);
        }

        return buffer.AsMemory(0, position);
    }
}
