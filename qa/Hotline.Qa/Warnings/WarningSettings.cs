namespace Hotline.Qa.Warnings;

/// <summary>How warnings are raised.</summary>
/// <param name="BandWidth">Half-width of the prediction band in standard deviations.</param>
/// <param name="MinimumExcess">A day must differ from its forecast by at least this many counts (so tiny series do not alert on 0 → 3).</param>
/// <param name="TopContributors">How many sub-categories an explanation names.</param>
/// <param name="SampleTickets">How many tickets an explanation carries.</param>
public sealed record WarningSettings(double BandWidth = 3.0, double MinimumExcess = 5, int TopContributors = 3, int SampleTickets = 5);
