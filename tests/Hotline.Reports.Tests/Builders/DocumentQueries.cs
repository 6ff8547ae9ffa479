using Hotline.Reports.Documents;

namespace Hotline.Reports.Tests.Builders;

/// <summary>Finds blocks in a built document, for assertions.</summary>
internal static class DocumentQueries
{
    public static IEnumerable<ReportBlock> Blocks(this ReportDocument document) => document.Sections.SelectMany(s => s.Blocks);

    public static TableBlock Table(this ReportDocument document, string caption) =>
        document.Blocks().OfType<TableBlock>().Single(t => t.Caption == caption);

    public static IReadOnlyList<string> Row(this TableBlock table, string first) => table.Rows.Single(r => r.Cells[0] == first).Cells;

    public static IEnumerable<string> Paragraphs(this ReportDocument document) => document.Blocks().OfType<ParagraphBlock>().Select(p => p.Text);
}
