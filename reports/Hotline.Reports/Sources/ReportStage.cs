namespace Hotline.Reports.Sources;

/// <summary>The steps of producing a report, reported to whoever shows its progress.</summary>
public enum ReportStage
{
    /// <summary>Asking analytics for the period's figures.</summary>
    Loading,

    /// <summary>Laying out and writing the PDF.</summary>
    Writing,
}
