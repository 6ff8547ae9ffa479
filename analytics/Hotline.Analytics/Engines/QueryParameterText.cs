using System.Globalization;

namespace Hotline.Analytics.Engines;

/// <summary>Writes values in the text form ClickHouse parses {name:Type} query parameters from (both engines send the same).</summary>
/// <remarks>The engine reads a parameter like a TSV field: a raw newline or tab ends a String value early.</remarks>
public static class QueryParameterText
{
    /// <summary>Escapes a String parameter value (backslash, newline, carriage return, tab, NUL).</summary>
    public static string Escape(string value) => SqlLiteral.Escape(value, quotes: false);

    /// <summary>A {name:Date} value.</summary>
    public static string Of(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A {name:DateTime64(3)} value (UTC, read by the engine as a Unix timestamp so no time zone applies).</summary>
    public static string Of(DateTimeOffset instant) =>
        (instant.ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>A numeric value.</summary>
    public static string Of(long number) => number.ToString(CultureInfo.InvariantCulture);

    /// <summary>A numeric value.</summary>
    public static string Of(double number) => number.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>An {name:Array(String)} value: a quoted, escaped literal list.</summary>
    public static string Of(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        // Control characters are escaped inside the quotes, so the literal never holds a raw tab or newline.
        return "[" + string.Join(',', values.Select(SqlLiteral.Quote)) + "]";
    }
}
