namespace Hotline.Analytics.Analyses;

/// <summary>The busiest keys, and the keys rising significantly above their own baseline.</summary>
public sealed record HotspotReport(IReadOnlyList<Hotspot> ByVolume, IReadOnlyList<Hotspot> Rising);
