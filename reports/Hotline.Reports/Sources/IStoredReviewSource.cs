using Hotline.Reports.Data;

namespace Hotline.Reports.Sources;

/// <summary>Performance reviews the people side already computed and took through its workflow; the report prints them as stored.</summary>
/// <remarks>Reports know nothing of grains: the host reads the stored review and hands it over in the report's own terms.</remarks>
public interface IStoredReviewSource
{
    /// <summary>The stored review of <paramref name="agent"/> over exactly <paramref name="period"/>, or null when none is stored.</summary>
    Task<StoredReview?> FindAsync(string agent, ReportPeriod period, CancellationToken cancellationToken);
}
