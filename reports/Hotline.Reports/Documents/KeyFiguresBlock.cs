namespace Hotline.Reports.Documents;

/// <summary>A grid of headline figures, each with its label, value and change against the comparison period.</summary>
public sealed record KeyFiguresBlock(IReadOnlyList<KeyFigure> Figures) : ReportBlock;
