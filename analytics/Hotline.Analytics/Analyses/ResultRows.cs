using System.Globalization;
using System.Text.Json;
using Hotline.Analytics.Engines;

namespace Hotline.Analytics.Analyses;

/// <summary>Reads JSONEachRow results; 64-bit numbers may come quoted (the engines' default) or bare.</summary>
internal static class ResultRows
{
    public static List<JsonElement> Parse(AnalyticsResult result)
    {
        var rows = new List<JsonElement>();
        foreach (var line in result.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var document = JsonDocument.Parse(line);
            rows.Add(document.RootElement.Clone());
        }

        return rows;
    }

    public static double Number(this JsonElement row, string name)
    {
        var value = row.GetProperty(name);
        return value.ValueKind switch
        {
            JsonValueKind.String => double.Parse(value.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture),
            JsonValueKind.Null => double.NaN,
            _ => value.GetDouble(),
        };
    }

    public static long Count(this JsonElement row, string name) => (long)Math.Round(row.Number(name));

    public static string Text(this JsonElement row, string name) => row.GetProperty(name).GetString() ?? "";

    public static DateOnly Day(this JsonElement row, string name) => DateOnly.ParseExact(row.Text(name), "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
