using Hotline.Analytics.Analyses;

namespace Hotline.Portal.Dashboards;

/// <summary>What the 热点 tab looks at: one dimension over the days <paramref name="From"/>–<paramref name="Until"/> (inclusive) against the four weeks before.</summary>
public sealed record HotspotRequest(AnalyticsDimension Dimension, DateOnly From, DateOnly Until)
{
    /// <summary>The longest range the tab reads at once.</summary>
    public const int MaxDays = 366;

    /// <summary>The dimensions hotspots can be found by, in the order the picker shows them.</summary>
    public static IReadOnlyList<AnalyticsDimension> Dimensions { get; } =
    [
        AnalyticsDimension.Category, AnalyticsDimension.Subcategory, AnalyticsDimension.Enterprise, AnalyticsDimension.Region,
        AnalyticsDimension.Industry, AnalyticsDimension.Route, AnalyticsDimension.Plate,
    ];

    /// <summary>Throws, naming the value, unless the dimension has hotspots and the range runs forwards for at most <see cref="MaxDays"/> days.</summary>
    public void Validate()
    {
        if (!Dimensions.Contains(Dimension))
            throw new ArgumentException($"hotspots cannot be found by {Dimension} (use one of {string.Join(", ", Dimensions)}).", "dimension");
        if (Until < From)
            throw new ArgumentException($"the range ends ({Until:yyyy-MM-dd}) before it starts ({From:yyyy-MM-dd}).", "until");
        if (Until.DayNumber - From.DayNumber + 1 > MaxDays)
            throw new ArgumentException($"the range {From:yyyy-MM-dd}–{Until:yyyy-MM-dd} is longer than {MaxDays} days.", "until");
    }

    /// <summary>The analytics query (its end is exclusive).</summary>
    public HotspotQuery ToQuery() => new(Dimension, From, Until.AddDays(1));
}
