using Hotline.Reports.Archive;
using Hotline.Portal.Jobs;
using Hotline.Reports.Sources;

namespace Hotline.Portal.Reports;

/// <summary>Generates a report, keeps it in the archive and, for scheduled reports with recipients, mails it.</summary>
public sealed class ReportRunner(HostedReportGenerator generator, ReportArchive archive, IReportMailer mailer)
{
    /// <summary>The archive the runner writes to.</summary>
    public ReportArchive Archive => archive;

    /// <summary>Generates and archives <paramref name="request"/>; mails it to <paramref name="recipients"/> when there are any.</summary>
    public Task<(GeneratedReport Report, ArchivedReport Entry)> RunAsync(ReportRequest request, string source, IReadOnlyList<string>? recipients = null,
        CancellationToken cancellationToken = default) => RunAsync(request, source, recipients, null, cancellationToken);

    /// <summary>As <see cref="RunAsync(ReportRequest, string, IReadOnlyList{string}?, CancellationToken)"/>, telling <paramref name="progress"/> each
    /// stage (<see cref="ReportJobStages"/>); cancelled before archiving, it leaves nothing in the archive.</summary>
    public async Task<(GeneratedReport Report, ArchivedReport Entry)> RunAsync(ReportRequest request, string source, IReadOnlyList<string>? recipients,
        IProgress<JobStep>? progress, CancellationToken cancellationToken)
    {
        var stages = progress is null ? null : new ReportJobStages(progress);
        var report = await (await generator.GetAsync(cancellationToken)).GenerateAsync(request, stages, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new JobStep(ReportJobStages.ArchivingFraction, ReportJobStages.Archiving));
        var entry = archive.Add(report, source);
        if (recipients is { Count: > 0 })
            await mailer.SendAsync(entry, report.Pdf, recipients, cancellationToken);
        return (report, entry);
    }
}
