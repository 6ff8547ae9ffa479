namespace Hotline.Reports.Data;

/// <summary>A calibration session (校准): several inspectors scored the same calls; how closely they agreed.</summary>
/// <param name="Date">When it took place.</param>
/// <param name="Subject">Which calls or case were scored (the session's title).</param>
/// <param name="Inspectors">How many inspectors took part.</param>
/// <param name="Agreement">Cohen's/Fleiss' kappa on item pass/fail (1 = perfect, 0 = chance); null until every inspector finished a call.</param>
/// <param name="LargestDeviation">The largest difference of an inspector's total from the panel's mean total on a call, in points; null as above.</param>
public sealed record CalibrationSession(DateOnly Date, string Subject, int Inspectors, double? Agreement, double? LargestDeviation);
