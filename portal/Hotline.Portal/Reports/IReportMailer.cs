using Hotline.Reports.Archive;

namespace Hotline.Portal.Reports;

/// <summary>Sends a finished report to its recipients.</summary>
public interface IReportMailer
{
    /// <summary>Sends <paramref name="entry"/>'s PDF (<paramref name="pdf"/>) to <paramref name="recipients"/>.</summary>
    Task SendAsync(ArchivedReport entry, byte[] pdf, IReadOnlyList<string> recipients, CancellationToken cancellationToken = default);
}
