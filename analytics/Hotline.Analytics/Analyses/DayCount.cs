namespace Hotline.Analytics.Analyses;

/// <summary>A local day's matching tickets and calls.</summary>
public sealed record DayCount(DateOnly Day, long Tickets, long Calls);
