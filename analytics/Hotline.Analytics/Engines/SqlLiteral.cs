using System.Text;

namespace Hotline.Analytics.Engines;

/// <summary>Quotes a string as a ClickHouse SQL literal, for the few statements that cannot take parameters (DDL, bookkeeping inserts).</summary>
public static class SqlLiteral
{
    /// <summary>'text' with backslashes, quotes and control characters escaped.</summary>
    public static string Quote(string value) => "'" + Escape(value, quotes: true) + "'";

    /// <summary>Backslash-escapes backslash, newline, carriage return, tab and NUL, and single quotes when <paramref name="quotes"/>.</summary>
    internal static string Escape(string value, bool quotes)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.AsSpan().IndexOfAny(quotes ? "\\\n\r\t\0'" : "\\\n\r\t\0") < 0)
            return value;

        var builder = new StringBuilder(value.Length + 8);
        foreach (var character in value)
        {
            switch (character)
            {
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                case '\'' when quotes: builder.Append("\\'"); break;
                default: builder.Append(character); break;
            }
        }

        return builder.ToString();
    }
}
