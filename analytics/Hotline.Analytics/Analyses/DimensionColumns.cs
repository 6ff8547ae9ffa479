namespace Hotline.Analytics.Analyses;

/// <summary>Maps a dimension to its column, and says which measures and tables have it.</summary>
internal static class DimensionColumns
{
    /// <summary>The rollup column for a dimension of a measure, or an error naming the combinations that exist.</summary>
    public static string RollupColumn(AnalyticsMeasure measure, AnalyticsDimension dimension) => (measure, dimension) switch
    {
        (_, AnalyticsDimension.None) => "''",
        (AnalyticsMeasure.Calls, AnalyticsDimension.Queue) => "queue",
        (_, AnalyticsDimension.Region) => "region",
        (AnalyticsMeasure.Tickets, AnalyticsDimension.TicketType) => "ticket_type",
        (AnalyticsMeasure.Tickets, AnalyticsDimension.Category) => "category",
        (AnalyticsMeasure.Tickets, AnalyticsDimension.Subcategory) => "subcategory",
        (AnalyticsMeasure.Tickets, AnalyticsDimension.Channel) => "channel",
        (AnalyticsMeasure.Tickets, AnalyticsDimension.Industry) => "industry",
        (AnalyticsMeasure.Tickets, AnalyticsDimension.Enterprise) => "enterprise",
        _ => throw new ArgumentException(
            $"{measure} cannot be broken down by {dimension} from the daily rollups (calls: Queue, Region; tickets: Region, TicketType, Category, Subcategory, Channel, Industry, Enterprise).",
            nameof(dimension)),
    };

    /// <summary>The rollup table, its day column's count column and any fixed filter, per measure.</summary>
    public static (string Table, string Count, string Filter) Rollup(AnalyticsMeasure measure) => measure switch
    {
        AnalyticsMeasure.Calls => ("calls_daily", "offered", "direction = 'Inbound'"),
        AnalyticsMeasure.Tickets => ("tickets_daily", "created", "1"),
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "unknown measure"),
    };
}
