namespace Hotline.Reports.Documents;

/// <summary>A table column: header text, share of the table width and how cells align.</summary>
public sealed record TableColumn(string Header, double RelativeWidth = 1, CellAlignment Alignment = CellAlignment.Left);
