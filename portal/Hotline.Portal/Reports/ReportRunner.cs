using Hotline.Reports.Archive;
using Hotline.Reports.Sources;

namespace Hotline.Portal.Reports;

/// <summary>Generates a report, keeps it in the archive and, for scheduled reports with recipients, mails it.</summary>
public sealed class ReportRunner(HostedReportGenerator generator, ReportArchive archive, IReportMailer mailer)
{
    /// <summary>The archive the runner writes to.</summary>
    public ReportArchive Archive => archive;

    /// <summary>Generates and archives <paramref name="request"/>; mails it to <paramref name="recipients"/> when there are any.</summary>
    public async Task<(GeneratedReport Report, ArchivedReport Entry)> RunAsync(ReportRequest request, string source, IReadOnlyList<string>? recipients = null,
        CancellationToken cancellationToken = default)
    {
        var report = await (await generator.GetAsync(cancellationToken)).GenerateAsync(request, cancellationToken);
        var entry = archive.Add(report, source);
        if (recipients is { Count: > 0 })
            await mailer.SendAsync(entry, report.Pdf, recipients, cancellationToken);
        return (report, entry);
    }
}
