using System.Text;

namespace Hotline.Analytics.Engines.Embedded;

/// <summary>Writes values in the escaped text form ClickHouse parses {name:Type} query parameters from.</summary>
/// <remarks>The engine reads a parameter like a TSV field: a raw newline or tab ends a String value early.</remarks>
public static class QueryParameterText
{
    /// <summary>Escapes a String parameter value (backslash, newline, carriage return, tab, NUL).</summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.AsSpan().IndexOfAny("\\\n\r\t\0") < 0)
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
                default: builder.Append(character); break;
            }
        }

        return builder.ToString();
    }
}
