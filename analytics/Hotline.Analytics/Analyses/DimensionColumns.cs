namespace Hotline.Analytics.Analyses;

/// <summary>Maps a dimension to its column, and says which measures and tables have it.</summary>
internal static class DimensionColumns
{
    // Which measure has which dimension in the daily rollups, and its column; a null measure stands for both. In the order pickers show them.
    private static readonly (AnalyticsMeasure? Measure, AnalyticsDimension Dimension, string Column)[] Rollups =
    [
        (null, AnalyticsDimension.None, "''"),
        (AnalyticsMeasure.Calls, AnalyticsDimension.Queue, "queue"),
        (AnalyticsMeasure.Tickets, AnalyticsDimension.TicketType, "ticket_type"),
        (AnalyticsMeasure.Tickets, AnalyticsDimension.Category, "category"),
        (AnalyticsMeasure.Tickets, AnalyticsDimension.Subcategory, "subcategory"),
        (AnalyticsMeasure.Tickets, AnalyticsDimension.Channel, "channel"),
        (AnalyticsMeasure.Tickets, AnalyticsDimension.Industry, "industry"),
        (AnalyticsMeasure.Tickets, AnalyticsDimension.Enterprise, "enterprise"),
        (null, AnalyticsDimension.Region, "region"),
    ];

    /// <summary>The dimensions <paramref name="measure"/> can be broken down by from the daily rollups.</summary>
    public static IReadOnlyList<AnalyticsDimension> RollupDimensions(AnalyticsMeasure measure) =>
        [.. Rollups.Where(r => r.Measure is null || r.Measure == measure).Select(r => r.Dimension)];

    /// <summary>The rollup column for a dimension of a measure, or an error naming the combinations that exist.</summary>
    public static string RollupColumn(AnalyticsMeasure measure, AnalyticsDimension dimension) =>
        Rollups.FirstOrDefault(r => r.Dimension == dimension && (r.Measure is null || r.Measure == measure)).Column
        ?? throw new ArgumentException(
            $"{measure} cannot be broken down by {dimension} from the daily rollups (calls: Queue, Region; tickets: Region, TicketType, Category, Subcategory, Channel, Industry, Enterprise).",
            nameof(dimension));

    /// <summary>The rollup table, its day column's count column and any fixed filter, per measure.</summary>
    public static (string Table, string Count, string Filter) Rollup(AnalyticsMeasure measure) => measure switch
    {
        AnalyticsMeasure.Calls => ("calls_daily", "offered", "direction = 'Inbound'"),
        AnalyticsMeasure.Tickets => ("tickets_daily", "created", "1"),
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "unknown measure"),
    };
}
