using Hotline.Reports.Data;

namespace Hotline.Reports.Sources;

/// <summary>A stored performance review in report terms: its figures, the workflow state's display name and whether HR approved it.</summary>
/// <param name="Data">KPIs with the weights, targets, results and evidence the review was computed with.</param>
/// <param name="StateName">The workflow state as the reader should see it, e.g. 主管已点评.</param>
/// <param name="Approved">Whether HR approved it; an unapproved review is printed with a note saying so.</param>
public sealed record StoredReview(PerformanceReviewData Data, string StateName, bool Approved);
