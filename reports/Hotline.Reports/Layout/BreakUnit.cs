namespace Hotline.Reports.Layout;

/// <summary>A run of text no line break may fall inside, and whether a space separates it from the unit before.</summary>
public readonly record struct BreakUnit(string Text, bool SpaceBefore);
