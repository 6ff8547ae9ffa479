using Hotline.Analytics.Analyses;

namespace Hotline.Qa.Warnings;

/// <summary>Where warnings read their daily counts, sub-category breakdowns and sample tickets.</summary>
public interface IWarningSource
{
    /// <summary>The busiest keys of a dimension over [firstDay, endDay), at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<string>> KeysAsync(AnalyticsMeasure measure, AnalyticsDimension dimension, DateOnly firstDay, DateOnly endDay, int limit, CancellationToken cancellationToken);

    /// <summary>One key's daily series over [firstDay, endDay), every day present, with its sub-category parts.</summary>
    Task<WarningSeries> SeriesAsync(AnalyticsMeasure measure, AnalyticsDimension dimension, string key, DateOnly firstDay, DateOnly endDay, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="count"/> tickets of one key created on <paramref name="day"/> (none for calls).</summary>
    Task<IReadOnlyList<SampleTicket>> SamplesAsync(AnalyticsMeasure measure, AnalyticsDimension dimension, string key, DateOnly day, int count, CancellationToken cancellationToken);
}
