using System.Globalization;
using System.Text.Json;
using Hotline.Analytics.Analyses;
using Hotline.Analytics.Engines;

namespace Hotline.Qa.Warnings;

/// <summary>Reads warning series from the analytics store's daily rollups (read-only): tickets_daily, calls_daily, and ticket_events for samples.</summary>
/// <remarks>The engine is asked for on every query, so the host can hand over one that is still opening (AnalyticsEngineHost.WhenOpenAsync).
/// Tickets break down into sub-categories (the rollups keep the first two levels of the category path); calls into queues.</remarks>
public sealed class AnalyticsWarningSource(Func<CancellationToken, Task<IAnalyticsEngine>> engine, string database) : IWarningSource
{
    /// <summary>A source over an engine that is already open.</summary>
    public AnalyticsWarningSource(IAnalyticsEngine engine, string database)
        : this(_ => Task.FromResult(engine), database)
    {
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> KeysAsync(AnalyticsMeasure measure, AnalyticsDimension dimension, DateOnly firstDay, DateOnly endDay, int limit, CancellationToken cancellationToken)
    {
        var (table, count, filter) = Rollup(measure);
        var column = Column(measure, dimension);
        var rows = await QueryAsync($"""
            SELECT {column} AS key, sum({count}) AS n FROM {database}.{table}
            WHERE {filter} AND {column} != '' AND day >= {"{from:Date}"} AND day < {"{to:Date}"}
            GROUP BY key ORDER BY n DESC, key LIMIT {limit.ToString(CultureInfo.InvariantCulture)}
            """, Range(firstDay, endDay), cancellationToken);
        return [.. rows.Select(r => r.GetProperty("key").GetString()!)];
    }

    /// <inheritdoc />
    public async Task<WarningSeries> SeriesAsync(AnalyticsMeasure measure, AnalyticsDimension dimension, string key, DateOnly firstDay, DateOnly endDay, CancellationToken cancellationToken)
    {
        var (table, count, filter) = Rollup(measure);
        var keyFilter = dimension == AnalyticsDimension.None ? "1" : $"{Column(measure, dimension)} = {{key:String}}";
        var part = measure == AnalyticsMeasure.Tickets ? "subcategory" : "queue";
        var parameters = new Dictionary<string, string>(Range(firstDay, endDay)) { ["key"] = QueryParameterText.Escape(key) };
        var rows = await QueryAsync($"""
            SELECT toString(day) AS d, {part} AS part, sum({count}) AS n FROM {database}.{table}
            WHERE {filter} AND {keyFilter} AND day >= {"{from:Date}"} AND day < {"{to:Date}"}
            GROUP BY d, part
            """, parameters, cancellationToken);

        var days = endDay.DayNumber - firstDay.DayNumber;
        var total = new double[days];
        var parts = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var index = DateOnly.ParseExact(row.GetProperty("d").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber - firstDay.DayNumber;
            var n = Count(row.GetProperty("n"));
            total[index] += n;
            var name = row.GetProperty("part").GetString()!;
            if (name.Length == 0)
                continue;
            // Sub-categories are stored as "category/sub"; under a category alert the category prefix says nothing.
            if (dimension == AnalyticsDimension.Category && name.StartsWith(key + "/", StringComparison.Ordinal))
                name = name[(key.Length + 1)..];
            if (!parts.TryGetValue(name, out var values))
                parts[name] = values = new double[days];
            values[index] += n;
        }

        return new WarningSeries(measure, dimension, key, firstDay, total, parts.ToDictionary(p => p.Key, p => (IReadOnlyList<double>)p.Value, StringComparer.Ordinal));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SampleTicket>> SamplesAsync(AnalyticsMeasure measure, AnalyticsDimension dimension, string key, DateOnly day, int count, CancellationToken cancellationToken)
    {
        if (measure != AnalyticsMeasure.Tickets)
            return [];
        var keyFilter = dimension == AnalyticsDimension.None ? "1" : $"{Column(measure, dimension)} = {{key:String}}";
        var parameters = new Dictionary<string, string>(Range(day, day.AddDays(1))) { ["key"] = QueryParameterText.Escape(key) };
        var rows = await QueryAsync($"""
            SELECT ticket_number, subcategory, substring(text, 1, 120) AS text FROM {database}.ticket_events
            WHERE kind = 'Created' AND {keyFilter}
              AND occurred_at >= toDateTime({"{from:Date}"}, 'Asia/Shanghai') AND occurred_at < toDateTime({"{to:Date}"}, 'Asia/Shanghai')
            ORDER BY occurred_at LIMIT {count.ToString(CultureInfo.InvariantCulture)}
            """, parameters, cancellationToken);
        return [.. rows.Select(r => new SampleTicket(r.GetProperty("ticket_number").GetString()!, r.GetProperty("subcategory").GetString()!, r.GetProperty("text").GetString()!))];
    }

    private static Dictionary<string, string> Range(DateOnly from, DateOnly to) =>
        new() { ["from"] = QueryParameterText.Of(from), ["to"] = QueryParameterText.Of(to) };

    private static (string Table, string Count, string Filter) Rollup(AnalyticsMeasure measure) => measure switch
    {
        AnalyticsMeasure.Calls => ("calls_daily", "offered", "direction = 'Inbound'"),
        _ => ("tickets_daily", "created", "1"),
    };

    private static string Column(AnalyticsMeasure measure, AnalyticsDimension dimension) => (measure, dimension) switch
    {
        (_, AnalyticsDimension.Region) => "region",
        (AnalyticsMeasure.Calls, AnalyticsDimension.Queue) => "queue",
        (AnalyticsMeasure.Tickets, AnalyticsDimension.Category) => "category",
        (AnalyticsMeasure.Tickets, AnalyticsDimension.Subcategory) => "subcategory",
        (AnalyticsMeasure.Tickets, AnalyticsDimension.Enterprise) => "enterprise",
        (AnalyticsMeasure.Tickets, AnalyticsDimension.Industry) => "industry",
        (AnalyticsMeasure.Tickets, AnalyticsDimension.TicketType) => "ticket_type",
        (AnalyticsMeasure.Tickets, AnalyticsDimension.Channel) => "channel",
        _ => throw new ArgumentException($"Warnings cannot watch {measure} by {dimension} (calls: Region, Queue; tickets: Region, Category, Subcategory, Enterprise, Industry, TicketType, Channel).", nameof(dimension)),
    };

    private async Task<List<JsonElement>> QueryAsync(string sql, IReadOnlyDictionary<string, string> parameters, CancellationToken cancellationToken)
    {
        var opened = await engine(cancellationToken);
        var result = await opened.QueryAsync(sql, parameters, cancellationToken: cancellationToken);
        var rows = new List<JsonElement>();
        foreach (var line in result.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var document = JsonDocument.Parse(line);
            rows.Add(document.RootElement.Clone());
        }

        return rows;
    }

    private static double Count(JsonElement value) => value.ValueKind == JsonValueKind.String
        ? double.Parse(value.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)
        : value.GetDouble();
}
