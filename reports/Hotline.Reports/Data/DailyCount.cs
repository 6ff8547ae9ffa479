namespace Hotline.Reports.Data;

/// <summary>A count for one day of the period, with the count on the same day of the previous period where known.</summary>
public sealed record DailyCount(DateOnly Day, long Count, long? PreviousPeriodCount = null);
