using Hotline.Reports.Data;

namespace Hotline.Reports.Sources;

/// <summary>The QA records that live outside the analytics store: calibration sessions and typical cases (the QA summary works without them).</summary>
public interface IQaDetailsSource
{
    /// <summary>Calibration sessions set up in <paramref name="period"/> (local days), with their agreement.</summary>
    Task<IReadOnlyList<CalibrationSession>> CalibrationAsync(ReportPeriod period, CancellationToken cancellationToken);

    /// <summary>Typical cases marked in <paramref name="period"/> (local days) and still in the library.</summary>
    Task<IReadOnlyList<MarkedCase>> CasesAsync(ReportPeriod period, CancellationToken cancellationToken);
}
