namespace Hotline.Reports.Documents;

/// <summary>A table whose rows continue onto following pages, each continuation starting with the header row again.</summary>
/// <param name="Caption">Shown above the table, and again with （续） above each continuation.</param>
/// <param name="Columns">Headers, relative widths and alignment.</param>
/// <param name="Rows">The body rows; each has one cell per column.</param>
public sealed record TableBlock(string Caption, IReadOnlyList<TableColumn> Columns, IReadOnlyList<TableRow> Rows) : ReportBlock;
