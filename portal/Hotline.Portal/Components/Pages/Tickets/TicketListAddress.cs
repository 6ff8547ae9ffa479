using System.Globalization;
using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Portal.Components.Pages.Tickets;

/// <summary>The filters a link may put in the 工单中心 list's address (the dashboards' 下钻): category as a name path ("出租汽车/拒载"),
/// type, channel, search words and a creation range as yyyy-MM-dd.</summary>
public sealed record TicketListAddress(string? Category, string? Type, string? Channel, string? Keywords, string? From, string? To)
{
    /// <summary>True when the address carries any filter.</summary>
    public bool IsSet => new[] { Category, Type, Channel, Keywords, From, To }.Any(v => !string.IsNullOrWhiteSpace(v));

    /// <summary>A filter with what the address says; the names of the values it could not read (the list says so instead of showing everything).</summary>
    public (TicketFilter Filter, IReadOnlyList<string> Unread) ToFilter(IReadOnlyList<TicketCategory> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        var filter = new TicketFilter();
        var unread = new List<string>();
        if (!string.IsNullOrWhiteSpace(Category))
        {
            if (Resolve(Category, categories) is { } code)
                filter.CategoryCode = code;
            else
                unread.Add("category");
        }

        if (!string.IsNullOrWhiteSpace(Type))
        {
            if (Enum.TryParse<TicketType>(Type, ignoreCase: true, out var type) && Enum.IsDefined(type))
                filter.Type = type;
            else
                unread.Add("type");
        }

        if (!string.IsNullOrWhiteSpace(Channel))
        {
            if (Enum.TryParse<TicketChannel>(Channel, ignoreCase: true, out var channel) && Enum.IsDefined(channel))
                filter.Channel = channel;
            else
                unread.Add("channel");
        }

        filter.Keywords = string.IsNullOrWhiteSpace(Keywords) ? null : Keywords.Trim();
        filter.From = Day(From, "from", unread);
        filter.To = Day(To, "to", unread);
        return (filter, unread);
    }

    // "industry" or "industry/sub-category", by name: the code of the deepest level named.
    private static string? Resolve(string path, IReadOnlyList<TicketCategory> categories)
    {
        string? parent = null;
        string? code = null;
        foreach (var name in path.Split('/', StringSplitOptions.TrimEntries))
        {
            code = categories.FirstOrDefault(c => c.ParentCode == parent && string.Equals(c.Name, name, StringComparison.Ordinal))?.Code;
            if (code is null)
                return null;
            parent = code;
        }

        return code;
    }

    private static DateTime? Day(string? text, string name, List<string> unread)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        unread.Add(name);
        return null;
    }
}
