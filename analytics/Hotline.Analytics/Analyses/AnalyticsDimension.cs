namespace Hotline.Analytics.Analyses;

/// <summary>What counts are broken down by. Calls have Queue and Region; tickets have the rest and Region.</summary>
public enum AnalyticsDimension
{
    /// <summary>No breakdown: one total.</summary>
    None,
    Queue,
    Region,
    TicketType,
    Category,
    Subcategory,
    Channel,
    Industry,
    Enterprise,

    /// <summary>Bus/coach route (tickets, hotspots only: read from the raw events).</summary>
    Route,

    /// <summary>Vehicle plate (tickets, hotspots only: read from the raw events).</summary>
    Plate,
}
