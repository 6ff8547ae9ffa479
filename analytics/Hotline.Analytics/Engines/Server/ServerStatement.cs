namespace Hotline.Analytics.Engines.Server;

/// <summary>Shapes statements for ClickHouse's HTTP interface, where the output format is part of the query text.</summary>
public static class ServerStatement
{
    /// <summary>The query with <c>FORMAT <paramref name="format"/></c> appended (after a trailing semicolon or comment is dropped).</summary>
    public static string WithFormat(string sql, string format)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sql);
        ArgumentException.ThrowIfNullOrWhiteSpace(format);
        if (!format.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            throw new ArgumentException($"'{format}' is not a ClickHouse format name.", nameof(format));
        var body = sql.TrimEnd();
        while (body.EndsWith(';'))
            body = body[..^1].TrimEnd();
        // A line comment at the end would swallow the appended clause; a newline ends it.
        return $"{body}\nFORMAT {format}";
    }

    /// <summary>The URL settings that carry query parameters: param_&lt;name&gt; = text form.</summary>
    public static Dictionary<string, object> ParameterSettings(IReadOnlyDictionary<string, string> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var settings = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, value) in parameters)
        {
            if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
                throw new ArgumentException($"The query parameter name '{name}' must be letters, digits and underscores.", nameof(parameters));
            settings["param_" + name] = value;
        }

        return settings;
    }
}
