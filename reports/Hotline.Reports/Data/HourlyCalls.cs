namespace Hotline.Reports.Data;

/// <summary>Calls offered and answered in one hour of the day (0–23), with the same hour a week earlier.</summary>
public sealed record HourlyCalls(int Hour, long Offered, long Answered, long OfferedWeekAgo);
