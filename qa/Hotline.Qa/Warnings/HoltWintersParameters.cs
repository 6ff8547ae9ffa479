namespace Hotline.Qa.Warnings;

/// <summary>Smoothing constants of the double-seasonal Holt-Winters model (each 0–1; larger follows the data faster).</summary>
/// <param name="Alpha">Level.</param>
/// <param name="Beta">Trend (damped).</param>
/// <param name="WeeklyGamma">Day-of-week offsets.</param>
/// <param name="YearlyGamma">Week-of-year offsets (0 while there is less than a year of history to learn them from).</param>
public sealed record HoltWintersParameters(double Alpha, double Beta, double WeeklyGamma, double YearlyGamma);
