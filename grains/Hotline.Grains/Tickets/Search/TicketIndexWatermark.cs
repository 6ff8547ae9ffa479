using System.Globalization;

namespace Hotline.Grains.Tickets.Search;

/// <summary>What a ticket index commit records: the index format and the ticket-history id up to which every change is indexed.</summary>
public sealed record TicketIndexWatermark(string Format, long HistoryId)
{
    /// <summary>The format this code writes; an index of another format is rebuilt.</summary>
    public const string CurrentFormat = "tickets-3";

    private const string FormatKey = "format";
    private const string HistoryKey = "history";

    /// <summary>The watermark of an index's commit data, or null when the data has none (a new or foreign index).</summary>
    public static TicketIndexWatermark? Read(IReadOnlyDictionary<string, string> commitData)
    {
        ArgumentNullException.ThrowIfNull(commitData);
        if (!commitData.TryGetValue(FormatKey, out var format) || !commitData.TryGetValue(HistoryKey, out var history)
            || !long.TryParse(history, NumberStyles.None, CultureInfo.InvariantCulture, out var historyId))
            return null;
        return new TicketIndexWatermark(format, historyId);
    }

    /// <summary>The commit data recording this watermark.</summary>
    public IReadOnlyDictionary<string, string> ToCommitData() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [FormatKey] = Format,
        [HistoryKey] = HistoryId.ToString(CultureInfo.InvariantCulture),
    };
}
