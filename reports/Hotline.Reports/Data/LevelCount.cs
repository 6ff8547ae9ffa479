namespace Hotline.Reports.Data;

/// <summary>How many answers or items fell on one level of a scale.</summary>
public sealed record LevelCount(string Level, long Count);
