namespace Hotline.Analytics.Analyses;

/// <summary>A key and how many of something it has.</summary>
public sealed record KeyCount(string Key, long Count);
