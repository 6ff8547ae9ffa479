namespace Hotline.Portal.Reports;

/// <summary>A report to produce in the background.</summary>
/// <param name="Kind">daily, monthly, qa or review.</param>
/// <param name="From">First day, yyyy-MM-dd.</param>
/// <param name="To">Last day (included), yyyy-MM-dd.</param>
/// <param name="Agent">The agent, for a performance review.</param>
public sealed record ReportJobRequest(string? Kind, string? From, string? To, string? Agent);
