namespace Hotline.Reports.Sources;

/// <summary>The business rules the report sources apply, from <see cref="ReportsOptions"/>.</summary>
/// <param name="Organisation">Who issues the reports.</param>
/// <param name="TicketDeadlineDays">Days after creation by which a ticket should be closed (on-time and overdue counts).</param>
/// <param name="QaPassMark">The QA pass mark on the 0–100 scale.</param>
/// <param name="ServiceLevelTarget">The service-level goal, 0–1; a day below it is a notable event.</param>
/// <param name="Topics">The 专题 analysed every month.</param>
public sealed record ReportSettings(string Organisation, int TicketDeadlineDays, double QaPassMark, double ServiceLevelTarget, IReadOnlyList<ReportTopic> Topics)
{
    /// <summary>The settings <paramref name="options"/> give.</summary>
    public static ReportSettings From(ReportsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ReportSettings(
            string.IsNullOrWhiteSpace(options.Organisation) ? Resources.SourceText.Organisation : options.Organisation,
            options.TicketDeadlineDays, options.QaPassMark, options.ServiceLevelTarget,
            options.Topics.Count > 0 ? [.. options.Topics] : ReportTopic.Defaults);
    }
}
