namespace Hotline.Telephony.Tests.Media.Anchored;

/// <summary>Where a template best matches a signal and how well.</summary>
/// <param name="Coefficient">The normalised cross-correlation at that lag, in [-1, 1]; 1 is an exact (scaled) copy.</param>
/// <param name="Lag">The signal sample at which the template starts.</param>
internal readonly record struct CorrelationMatch(double Coefficient, int Lag);
