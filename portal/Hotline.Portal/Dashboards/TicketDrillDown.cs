using System.Globalization;
using Hotline.Analytics.Analyses;
using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Portal.Dashboards;

/// <summary>下钻: the 工单中心 list address that shows the tickets behind one dashboard figure (a key of a dimension over a range of days).</summary>
/// <remarks>Categories travel as analytics keeps them (names, "industry/sub-category"); the ticket list resolves them against its category tree.
/// Enterprises, routes and plates become a full-text search. Regions and industries have no filter on the list, so they do not drill down.</remarks>
public static class TicketDrillDown
{
    /// <summary>The list's address, or null when the dimension has no ticket filter.</summary>
    public static string? For(AnalyticsDimension dimension, string key, DateOnly from, DateOnly until)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length == 0)
            return null;
        var filter = dimension switch
        {
            AnalyticsDimension.Category or AnalyticsDimension.Subcategory => "category=" + Uri.EscapeDataString(key),
            AnalyticsDimension.TicketType when Enum.TryParse<TicketType>(key, ignoreCase: true, out var type) => "type=" + type,
            AnalyticsDimension.Channel when Enum.TryParse<TicketChannel>(key, ignoreCase: true, out var channel) => "channel=" + channel,
            AnalyticsDimension.Enterprise or AnalyticsDimension.Route or AnalyticsDimension.Plate => "q=" + Uri.EscapeDataString(key),
            _ => null,
        };
        return filter is null ? null : Range($"/tickets?{filter}", from, until);
    }

    /// <summary>The list of tickets whose texts hold the keywords (space-separated, as the list's search reads them) over the range.</summary>
    public static string ForKeywords(IReadOnlyList<string> keywords, DateOnly from, DateOnly until)
    {
        ArgumentNullException.ThrowIfNull(keywords);
        return Range("/tickets?q=" + Uri.EscapeDataString(string.Join(' ', keywords)), from, until);
    }

    private static string Range(string address, DateOnly from, DateOnly until) =>
        string.Create(CultureInfo.InvariantCulture, $"{address}&from={from:yyyy-MM-dd}&to={until:yyyy-MM-dd}");
}
