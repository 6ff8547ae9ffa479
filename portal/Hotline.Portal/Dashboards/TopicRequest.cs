using Hotline.Analytics.Analyses;

namespace Hotline.Portal.Dashboards;

/// <summary>What the 专题 tab looks for: keywords as typed (separated by spaces or commas), any or all of them, over the days <paramref name="From"/>–<paramref name="Until"/> (inclusive).</summary>
public sealed record TopicRequest(string Keywords, bool MatchAll, DateOnly From, DateOnly Until)
{
    /// <summary>The most keywords one topic may hold.</summary>
    public const int MaxKeywords = 10;

    private static readonly char[] s_separators = [' ', ',', '，', '、', ';', '；', '\t', '\n'];

    /// <summary>The keywords, trimmed, without repeats.</summary>
    public IReadOnlyList<string> Words => [.. Keywords.Split(s_separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    /// <summary>Throws, naming the field, unless there are 1–<see cref="MaxKeywords"/> keywords and the range runs forwards for at most <see cref="HotspotRequest.MaxDays"/> days.</summary>
    public void Validate()
    {
        var count = Words.Count;
        if (count == 0)
            throw new ArgumentException("a topic needs at least one keyword.", "keywords");
        if (count > MaxKeywords)
            throw new ArgumentException($"a topic holds at most {MaxKeywords} keywords (got {count}).", "keywords");
        if (Until < From)
            throw new ArgumentException($"the range ends ({Until:yyyy-MM-dd}) before it starts ({From:yyyy-MM-dd}).", "until");
        if (Until.DayNumber - From.DayNumber + 1 > HotspotRequest.MaxDays)
            throw new ArgumentException($"the range {From:yyyy-MM-dd}–{Until:yyyy-MM-dd} is longer than {HotspotRequest.MaxDays} days.", "until");
    }

    /// <summary>The analytics query (its end is exclusive).</summary>
    public TopicQuery ToQuery() => new(Words, From, Until.AddDays(1), MatchAll);
}
