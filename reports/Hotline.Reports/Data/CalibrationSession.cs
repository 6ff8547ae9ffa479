namespace Hotline.Reports.Data;

/// <summary>A calibration session (校准): several inspectors scored the same call; how closely they agreed.</summary>
/// <param name="Date">When it took place.</param>
/// <param name="Subject">Which call or case was scored.</param>
/// <param name="Inspectors">How many inspectors took part.</param>
/// <param name="Agreement">Agreement between inspectors, 0–1 (e.g. share of items scored alike).</param>
/// <param name="LargestDeviation">The largest difference of an inspector's total from the reference score, in points.</param>
public sealed record CalibrationSession(DateOnly Date, string Subject, int Inspectors, double Agreement, double LargestDeviation);
