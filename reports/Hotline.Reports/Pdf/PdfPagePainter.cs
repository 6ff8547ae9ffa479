using Hotline.Reports.Charts;
using Hotline.Reports.Documents;
using Hotline.Reports.Layout;
using PdfSharp.Drawing;

namespace Hotline.Reports.Pdf;

/// <summary>Paints laid-out items onto one PDF page; charts become JPEG images rendered at <c>chartScale</c> pixels per point.</summary>
internal sealed class PdfPagePainter(PdfTextMeasurer measurer, ChartRenderer charts, double chartScale)
{
    /// <summary>Paints every item of <paramref name="page"/> in order.</summary>
    public void Paint(XGraphics graphics, LaidOutPage page)
    {
        foreach (var item in page.Items)
        {
            switch (item)
            {
                case PlacedBox box:
                    Paint(graphics, box);
                    break;
                case PlacedRule rule:
                    graphics.DrawLine(new XPen(Color(rule.Color), rule.Thickness), rule.X1, rule.Y1, rule.X2, rule.Y2);
                    break;
                case PlacedText text:
                    Paint(graphics, text);
                    break;
                case PlacedChart chart:
                    Paint(graphics, chart);
                    break;
                default:
                    throw new NotSupportedException($"No painter for laid-out item {item.GetType().Name}.");
            }
        }
    }

    private static void Paint(XGraphics graphics, PlacedBox box)
    {
        var pen = box.Border is { } border ? new XPen(Color(border), 0.5) : null;
        var brush = box.Fill is { } fill ? new XSolidBrush(Color(fill)) : null;
        if (pen != null && brush != null)
            graphics.DrawRectangle(pen, brush, box.X, box.Top, box.Width, box.Height);
        else if (brush != null)
            graphics.DrawRectangle(brush, box.X, box.Top, box.Width, box.Height);
        else if (pen != null)
            graphics.DrawRectangle(pen, box.X, box.Top, box.Width, box.Height);
    }

    private void Paint(XGraphics graphics, PlacedText text)
    {
        if (text.Text.Length == 0)
            return;
        var width = text.Alignment == CellAlignment.Left ? 0 : measurer.Width(text.Text, text.Style);
        var x = text.Alignment switch
        {
            CellAlignment.Center => text.X + ((text.Width - width) / 2),
            CellAlignment.Right => text.X + text.Width - width,
            _ => text.X,
        };
        // Line boxes are the font's full height; the baseline sits where the font's ascent ends, as the measurer reports.
        var baseline = text.Top + (measurer.LineHeight(text.Style) - FontBox(text.Style)) / 2 + measurer.Ascent(text.Style);
        graphics.DrawString(text.Text, measurer.Font(text.Style), new XSolidBrush(Color(text.Style.Color)), x, baseline);
    }

    private double FontBox(TextStyle style)
    {
        var metrics = measurer.Font(style).Metrics;
        return style.Size * (metrics.Ascent + metrics.Descent) / metrics.UnitsPerEm;
    }

    private void Paint(XGraphics graphics, PlacedChart chart)
    {
        // JPEG because PDFsharp embeds it unchanged; a PNG is decoded and recompressed, about ten times slower per chart.
        var jpeg = charts.RenderJpeg(chart.Chart, (int)Math.Round(chart.Width), (int)Math.Round(chart.Height), chartScale);
        using var stream = new MemoryStream(jpeg, writable: false);
        using var image = XImage.FromStream(stream);
        graphics.DrawImage(image, chart.X, chart.Top, chart.Width, chart.Height);
    }

    private static XColor Color(InkColor color) => XColor.FromArgb(color.R, color.G, color.B);
}
