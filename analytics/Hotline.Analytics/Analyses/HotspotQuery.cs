namespace Hotline.Analytics.Analyses;

/// <summary>What a hotspot search looks at.</summary>
/// <param name="Dimension">Category, Subcategory, Enterprise, Route, Plate, Region or Industry.</param>
/// <param name="From">First day of the current window.</param>
/// <param name="To">Day after the current window.</param>
/// <param name="BaselineDays">Days before <paramref name="From"/> that set each key's normal rate.</param>
/// <param name="Top">How many keys each list keeps.</param>
/// <param name="MinimumCurrent">Fewer tickets than this in the current window never count as a rise.</param>
/// <param name="MinimumZScore">The significance a rise needs to be listed.</param>
public sealed record HotspotQuery(AnalyticsDimension Dimension, DateOnly From, DateOnly To, int BaselineDays = 28, int Top = 10, int MinimumCurrent = 5, double MinimumZScore = 3.0);
