namespace Hotline.Qa.Warnings;

/// <summary>An out-of-band day and the sub-categories that moved most with it.</summary>
public sealed record DetectedWarning(ForecastPoint Forecast, IReadOnlyList<WarningContributor> Contributors);
