namespace Hotline.Reports.Documents;

/// <summary>One body row of a table; <paramref name="Emphasis"/> sets it bold (totals).</summary>
public sealed record TableRow(IReadOnlyList<string> Cells, bool Emphasis = false);
