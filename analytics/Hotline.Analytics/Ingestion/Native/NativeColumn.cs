using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Hotline.Analytics.Ingestion.Native;

/// <summary>One column of a ClickHouse Native block being built: values appended row by row, written column-wise.</summary>
/// <remarks>
/// Native is ClickHouse's own columnar format: the engine reads it with no parsing beyond copying, which is why
/// ingestion encodes it rather than JSON or CSV. Fixed-width values are little-endian; strings are a LEB128 length
/// and UTF-8 bytes; Array(T) is the cumulative UInt64 end offsets followed by the flattened elements.
/// </remarks>
public sealed class NativeColumn
{
    private readonly ArrayBufferWriter<byte> _data;
    private readonly List<ulong>? _offsets;
    private ulong _elements;

    /// <summary>A column named <paramref name="name"/> of the ClickHouse type <paramref name="type"/> (as written in the block).</summary>
    public NativeColumn(string name, string type, int expectedBytes = 4096)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        Name = name;
        Type = type;
        _data = new ArrayBufferWriter<byte>(Math.Max(expectedBytes, 256));
        if (type.StartsWith("Array(", StringComparison.Ordinal))
            _offsets = [];
    }

    public string Name { get; }

    public string Type { get; }

    /// <summary>Rows appended so far.</summary>
    public int Rows { get; private set; }

    public void AppendUInt8(byte value)
    {
        _data.GetSpan(1)[0] = value;
        _data.Advance(1);
        Rows++;
    }

    public void AppendUInt16(ushort value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(_data.GetSpan(2), value);
        _data.Advance(2);
        Rows++;
    }

    public void AppendUInt32(uint value)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(_data.GetSpan(4), value);
        _data.Advance(4);
        Rows++;
    }

    public void AppendInt64(long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(_data.GetSpan(8), value);
        _data.Advance(8);
        Rows++;
    }

    public void AppendFloat32(float value)
    {
        BinaryPrimitives.WriteSingleLittleEndian(_data.GetSpan(4), value);
        _data.Advance(4);
        Rows++;
    }

    public void AppendFloat64(double value)
    {
        BinaryPrimitives.WriteDoubleLittleEndian(_data.GetSpan(8), value);
        _data.Advance(8);
        Rows++;
    }

    /// <summary>A DateTime64(3) value: milliseconds since the Unix epoch.</summary>
    public void AppendDateTime64(DateTimeOffset instant) => AppendInt64(instant.ToUnixTimeMilliseconds());

    /// <summary>A DateTime64(3) value that may be absent; absence is stored as the epoch (0).</summary>
    public void AppendDateTime64(DateTimeOffset? instant) => AppendInt64(instant?.ToUnixTimeMilliseconds() ?? 0);

    /// <summary>A UUID: ClickHouse keeps it as two little-endian UInt64 halves, the RFC's first 8 bytes first.</summary>
    public void AppendUuid(Guid value)
    {
        Span<byte> rfc = stackalloc byte[16];
        value.TryWriteBytes(rfc, bigEndian: true, out _);
        var target = _data.GetSpan(16);
        BinaryPrimitives.WriteUInt64LittleEndian(target, BinaryPrimitives.ReadUInt64BigEndian(rfc));
        BinaryPrimitives.WriteUInt64LittleEndian(target[8..], BinaryPrimitives.ReadUInt64BigEndian(rfc[8..]));
        _data.Advance(16);
        Rows++;
    }

    public void AppendString(string? value)
    {
        WriteString(_data, value ?? "");
        Rows++;
    }

    /// <summary>An Array(String) value.</summary>
    public void AppendStringArray(IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (_offsets is null)
            throw new InvalidOperationException($"Column {Name} is {Type}, not an array.");
        foreach (var value in values)
            WriteString(_data, value);
        _elements += (ulong)values.Count;
        _offsets.Add(_elements);
        Rows++;
    }

    /// <summary>The size of the column's values in bytes.</summary>
    internal int ValuesLength => (_offsets?.Count ?? 0) * sizeof(ulong) + _data.WrittenCount;

    /// <summary>Copies the column's values (not its name and type) into <paramref name="target"/>; returns the bytes written.</summary>
    internal int WriteValues(Span<byte> target)
    {
        var position = 0;
        if (_offsets is not null)
        {
            foreach (var offset in _offsets)
            {
                BinaryPrimitives.WriteUInt64LittleEndian(target[position..], offset);
                position += sizeof(ulong);
            }
        }

        _data.WrittenSpan.CopyTo(target[position..]);
        return position + _data.WrittenCount;
    }

    internal static void WriteString(IBufferWriter<byte> output, string value)
    {
        var written = WriteString(output.GetSpan(MaxStringLength(value)), value);
        output.Advance(written);
    }

    /// <summary>Writes a length-prefixed UTF-8 string; returns the bytes written.</summary>
    internal static int WriteString(Span<byte> target, string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        var position = WriteVarUInt(target, (ulong)length);
        Encoding.UTF8.GetBytes(value, target[position..]);
        return position + length;
    }

    /// <summary>An upper bound of the bytes <see cref="WriteString(Span{byte}, string)"/> needs.</summary>
    internal static int MaxStringLength(string value) => Encoding.UTF8.GetMaxByteCount(value.Length) + 10;

    internal static int WriteVarUInt(Span<byte> target, ulong value)
    {
        var i = 0;
        while (value >= 0x80)
        {
            target[i++] = (byte)(value | 0x80);
            value >>= 7;
        }

        target[i++] = (byte)value;
        return i;
    }
}
