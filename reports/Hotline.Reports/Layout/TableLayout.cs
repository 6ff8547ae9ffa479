using System.Globalization;
using Hotline.Reports.Documents;
using Hotline.Reports.Resources;

namespace Hotline.Reports.Layout;

/// <summary>Tables: a numbered caption, a header row, banded body rows; on each new page the caption (续) and header row repeat.</summary>
/// <remarks>A row is kept whole on one page unless it is taller than a page's body, in which case it continues line by line.</remarks>
internal sealed class TableLayout(LayoutContext context)
{
    /// <summary>The height the table needs to start on a page: caption, header row and first body row.</summary>
    public double LeadHeight(TableBlock block, PageGeometry geometry)
    {
        var widths = ColumnWidths(block, geometry.BodyWidth);
        var caption = context.LineHeight(context.Theme.Caption);
        var header = Measure(Headers(block), widths, HeaderStyle).Height;
        var first = block.Rows.Count > 0 ? StartHeight(Measure(block.Rows[0].Cells, widths, CellStyle(block.Rows[0])), geometry.BodyHeight - caption - header) : 0;
        return caption + header + first;
    }

    /// <summary>Places table number <paramref name="number"/> at the cursor.</summary>
    public void Place(PageFlow flow, TableBlock block, int number)
    {
        Validate(block);
        var widths = ColumnWidths(block, flow.Width);
        var header = Measure(Headers(block), widths, HeaderStyle);
        var rows = block.Rows.Count > 0
            ? block.Rows.Select(r => Measure(r.Cells, widths, CellStyle(r))).ToList()
            : [Measure([ReportText.NoData, .. Enumerable.Repeat(string.Empty, block.Columns.Count - 1)], widths, context.Theme.Cell)];
        var captionHeight = context.LineHeight(context.Theme.Caption);
        var caption = string.Format(CultureInfo.CurrentCulture, ReportText.TableCaption, number, block.Caption);
        var capacity = flow.Geometry.BodyHeight - captionHeight - header.Height;

        void StartPart(bool continued)
        {
            var text = continued ? caption + ReportText.Continued : caption;
            context.PlaceLines(flow, [text], context.Theme.Caption, flow.Left, flow.Width);
            flow.Add(new PlacedRule(flow.Left, flow.Y, flow.Left + flow.Width, flow.Y, 0.8, InkColor.Accent));
            PlaceRow(flow, header, widths, block.Columns, InkColor.HeaderFill);
        }

        flow.EnsureRoom(captionHeight + header.Height + StartHeight(rows[0], capacity));
        StartPart(continued: false);
        for (var i = 0; i < rows.Count; i++)
        {
            var band = i % 2 == 1 ? InkColor.BandFill : (InkColor?)null;
            var row = rows[i];
            while (row.Height > flow.Remaining + 0.01)
            {
                var fitting = (int)((flow.Remaining - (2 * context.Theme.CellPaddingY)) / row.LineHeight);
                if (row.Height > capacity && fitting >= 1)
                {
                    var (head, tail) = row.Split(fitting);
                    PlaceRow(flow, head, widths, block.Columns, band);
                    row = tail;
                }

                flow.NewPage();
                StartPart(continued: true);
            }

            PlaceRow(flow, row, widths, block.Columns, band);
        }

        flow.Add(new PlacedRule(flow.Left, flow.Y, flow.Left + flow.Width, flow.Y, 0.8, InkColor.Accent));
        flow.Gap(context.Theme.BlockGap + 2);
    }

    private TextStyle HeaderStyle => context.Theme.Cell with { Bold = true };

    // What a row needs to begin: all of it, unless it is taller than a page and will continue line by line anyway.
    private static double StartHeight(MeasuredRow row, double capacity) =>
        row.Height > capacity ? row.LineHeight + (2 * row.PaddingY) : row.Height;

    private TextStyle CellStyle(TableRow row) => row.Emphasis ? HeaderStyle : context.Theme.Cell;

    private static string[] Headers(TableBlock block) => [.. block.Columns.Select(c => c.Header)];

    private static void Validate(TableBlock block)
    {
        if (block.Columns.Count == 0)
            throw new ArgumentException($"Table '{block.Caption}' has no columns.");
        for (var i = 0; i < block.Rows.Count; i++)
        {
            if (block.Rows[i].Cells.Count != block.Columns.Count)
                throw new ArgumentException($"Table '{block.Caption}': row {i + 1} has {block.Rows[i].Cells.Count} cells for {block.Columns.Count} columns.");
        }
    }

    private static double[] ColumnWidths(TableBlock block, double width)
    {
        var total = block.Columns.Sum(c => Math.Max(c.RelativeWidth, 0.01));
        return [.. block.Columns.Select(c => width * Math.Max(c.RelativeWidth, 0.01) / total)];
    }

    private MeasuredRow Measure(IReadOnlyList<string> cells, double[] widths, TextStyle style)
    {
        var padX = context.Theme.CellPaddingX;
        var lines = cells.Select((text, i) => context.Breaker.Break(text, style, Math.Max(widths[i] - (2 * padX), 1))).ToList();
        return new MeasuredRow(lines, style, context.LineHeight(style), context.Theme.CellPaddingY);
    }

    private void PlaceRow(PageFlow flow, MeasuredRow row, double[] widths, IReadOnlyList<TableColumn> columns, InkColor? fill)
    {
        if (fill is { } color)
            flow.Add(new PlacedBox(flow.Left, flow.Y, flow.Width, row.Height, color, null));
        var x = flow.Left;
        for (var c = 0; c < widths.Length; c++)
        {
            var top = flow.Y + context.Theme.CellPaddingY;
            foreach (var line in row.Cells[c])
            {
                flow.Add(new PlacedText(x + context.Theme.CellPaddingX, top, widths[c] - (2 * context.Theme.CellPaddingX), line, row.Style, columns[c].Alignment));
                top += row.LineHeight;
            }

            x += widths[c];
        }

        flow.Advance(row.Height);
        flow.Add(new PlacedRule(flow.Left, flow.Y, flow.Left + flow.Width, flow.Y, 0.4, InkColor.Grid));
    }
}
