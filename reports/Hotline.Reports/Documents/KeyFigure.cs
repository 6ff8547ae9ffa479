namespace Hotline.Reports.Documents;

/// <summary>A headline figure: what it is, its value, and how it changed (text and whether that is good news).</summary>
public sealed record KeyFigure(string Label, string Value, string Change, Trend Trend = Trend.Neutral);
