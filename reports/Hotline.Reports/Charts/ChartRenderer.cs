using Hotline.Reports.Fonts;
using ScottPlot;

namespace Hotline.Reports.Charts;

/// <summary>Renders chart specifications to PNG with ScottPlot, in the registered CJK chart font; used for PDFs and the portal alike.</summary>
public sealed class ChartRenderer
{
    /// <summary>A renderer drawing with <paramref name="font"/>, which must already be registered.</summary>
    public ChartRenderer(ChartFont font)
    {
        ArgumentNullException.ThrowIfNull(font);
        Font = font;
    }

    /// <summary>The font charts are drawn with.</summary>
    public ChartFont Font { get; }

    /// <summary>JPEG quality for charts embedded in PDFs: high enough that text edges stay clean at 3 pixels per point.</summary>
    public const int JpegQuality = 92;

    /// <summary>PNG bytes of <paramref name="spec"/> laid out at <paramref name="width"/> × <paramref name="height"/> units and rasterised at <paramref name="scale"/> pixels per unit (for the portal).</summary>
    public byte[] RenderPng(ChartSpec spec, int width, int height, double scale = 1) => Encode(spec, width, height, scale, ImageFormat.Png, 100);

    /// <summary>JPEG bytes of the same image, for PDFs: PDFsharp embeds JPEG as it is, but decodes and recompresses PNG, several times slower.</summary>
    public byte[] RenderJpeg(ChartSpec spec, int width, int height, double scale = 1) => Encode(spec, width, height, scale, ImageFormat.Jpeg, JpegQuality);

    private byte[] Encode(ChartSpec spec, int width, int height, double scale, ImageFormat format, int quality)
    {
        using var image = Build(spec, width, height, scale).GetImage((int)Math.Round(width * scale), (int)Math.Round(height * scale));
        return image.GetImageBytes(format, quality);
    }

    private Plot Build(ChartSpec spec, int width, int height, double scale)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 50);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 50);
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 0.25);

        var plot = new Plot();
        switch (spec)
        {
            case LineChartSpec line:
                LineChartPlotter.Draw(plot, line, width);
                break;
            case BarChartSpec bar:
                BarChartPlotter.Draw(plot, bar, width);
                break;
            case HeatMapSpec heatMap:
                HeatMapPlotter.Draw(plot, heatMap, width);
                break;
            case PieChartSpec pie:
                PieChartPlotter.Draw(plot, pie);
                break;
            case FunnelChartSpec funnel:
                FunnelChartPlotter.Draw(plot, funnel);
                break;
            default:
                throw new NotSupportedException($"No plotter for chart type {spec.GetType().Name}.");
        }

        ChartStyle.Finish(plot, spec.DisplayTitle, Font.Family);
        plot.ScaleFactor = (float)scale;
        return plot;
    }
}
