namespace Hotline.Analytics.Analyses;

/// <summary>Inbound calls offered and answered in one local hour of the day (0–23), summed over a range of days.</summary>
public sealed record HourCount(int Hour, long Offered, long Answered);
