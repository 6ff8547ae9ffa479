using Hotline.Portal.Jobs;
using Hotline.Reports.Sources;

namespace Hotline.Portal.Reports;

/// <summary>Turns a report's stages into job progress: loading the figures is most of the time, writing the PDF most of the rest.</summary>
public sealed class ReportJobStages(IProgress<JobStep> progress) : IProgress<ReportStage>
{
    /// <summary>Stage key: asking analytics for the figures.</summary>
    public const string Loading = "report-loading";

    /// <summary>Stage key: laying out the PDF.</summary>
    public const string Writing = "report-writing";

    /// <summary>Stage key: keeping the PDF in the archive (and mailing it).</summary>
    public const string Archiving = "report-archiving";

    /// <summary>The share done when archiving starts.</summary>
    public const double ArchivingFraction = 0.9;

    /// <inheritdoc />
    public void Report(ReportStage value) => progress.Report(value switch
    {
        ReportStage.Loading => new JobStep(0.05, Loading),
        _ => new JobStep(0.6, Writing),
    });
}
