using System.Globalization;
using System.Text.Json;
using Hotline.Analytics.Engines;

namespace Hotline.Analytics.Tests.Support;

/// <summary>Reads JSONEachRow output in tests.</summary>
internal static class JsonRows
{
    public static List<JsonElement> Parse(AnalyticsResult result) =>
        [.. result.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())];

    /// <summary>A number whether the engine quoted it (64-bit integers) or not.</summary>
    public static double Number(this JsonElement row, string name)
    {
        var value = row.GetProperty(name);
        return value.ValueKind == JsonValueKind.String ? double.Parse(value.GetString()!, CultureInfo.InvariantCulture) : value.GetDouble();
    }

    public static long Count(this JsonElement row, string name) => (long)Math.Round(row.Number(name));

    public static string Text(this JsonElement row, string name) => row.GetProperty(name).ToString();

    public static async Task<long> ScalarAsync(IAnalyticsEngine engine, string sql) =>
        long.Parse((await engine.QueryAsync(sql, "TabSeparated", TestContext.Current.CancellationToken)).Text.Trim(), CultureInfo.InvariantCulture);
}
