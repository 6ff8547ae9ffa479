using Hotline.Reports.Data;

namespace Hotline.Reports.Sources;

/// <summary>Builds <see cref="TrendValue"/>s from figures of three periods, treating an empty earlier period as no history (a dash, not −100 %).</summary>
public static class TrendValues
{
    /// <summary>Counts: an earlier count of zero means that period had no data.</summary>
    public static TrendValue Counts(long current, long previous, long yearAgo) =>
        new(current, previous == 0 ? null : previous, yearAgo == 0 ? null : yearAgo);

    /// <summary>Rates: null where the period had nothing to take a rate of; a current rate without data is 0.</summary>
    public static TrendValue Rates(double? current, double? previous, double? yearAgo) => new(current ?? 0, previous, yearAgo);

    /// <summary>An earlier count as the data contracts want it: null when zero (no history).</summary>
    public static long? Base(long count) => count == 0 ? null : count;
}
