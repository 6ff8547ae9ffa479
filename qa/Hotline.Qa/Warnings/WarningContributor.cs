namespace Hotline.Qa.Warnings;

/// <summary>A sub-category's share of an alert: its own actual against its own forecast.</summary>
/// <param name="Key">The sub-category.</param>
/// <param name="Actual">Its count on the alert's day.</param>
/// <param name="Expected">Its forecast.</param>
/// <param name="Share">(actual − expected) as a fraction of the whole series' (actual − expected).</param>
public sealed record WarningContributor(string Key, double Actual, double Expected, double Share);
