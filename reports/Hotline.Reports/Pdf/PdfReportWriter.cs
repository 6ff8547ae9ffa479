using Hotline.Reports.Charts;
using Hotline.Reports.Documents;
using Hotline.Reports.Fonts;
using Hotline.Reports.Layout;
using PdfSharp.Pdf;

namespace Hotline.Reports.Pdf;

/// <summary>Turns report documents into PDF: lays them out, paints each page with PDFsharp, embeds the font subset and chart images.</summary>
public sealed class PdfReportWriter : IDisposable
{
    private readonly PdfTextMeasurer _measurer;
    private readonly DocumentLayoutEngine _layout;
    private readonly PdfPagePainter _painter;
    private readonly Lock _gate = new();

    /// <summary>A writer over installed PDF fonts and a chart renderer; <paramref name="chartScale"/> is chart pixels per point.</summary>
    public PdfReportWriter(ChartRenderer charts, double chartScale = 3)
    {
        ArgumentNullException.ThrowIfNull(charts);
        ArgumentOutOfRangeException.ThrowIfLessThan(chartScale, 0.5);
        _measurer = new PdfTextMeasurer();
        _layout = new DocumentLayoutEngine(_measurer);
        _painter = new PdfPagePainter(_measurer, charts, chartScale);
        Charts = charts;
    }

    /// <summary>The chart renderer, also for PNGs served to the portal.</summary>
    public ChartRenderer Charts { get; }

    /// <summary>Locates and loads the fonts named by <paramref name="options"/> (or found by search), installs them and returns a writer; fails at once with the folder named when a font is missing.</summary>
    public static PdfReportWriter Create(ReportsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var files = ReportFontFiles.Load(FontFolderLocator.ForCurrentProcess(options.FontFolder).Locate());
        PdfFontInstallation.Install(files);
        return new PdfReportWriter(new ChartRenderer(ChartFont.Register(options.ChartFontFile)), options.ChartScale);
    }

    /// <summary>The pages <paramref name="document"/> lays out to, without painting them.</summary>
    public LaidOutDocument Layout(ReportDocument document)
    {
        lock (_gate)
            return _layout.Layout(document);
    }

    /// <summary>Writes <paramref name="document"/> as PDF to <paramref name="output"/>.</summary>
    public void Write(ReportDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        // PDFsharp's font and image caches are process-wide and not built for concurrent documents.
        lock (_gate)
        {
            var laidOut = _layout.Layout(document);
            using var pdf = new PdfDocument();
            pdf.Info.Title = document.Title;
            pdf.Info.Subject = document.Subtitle;
            pdf.Info.Author = document.Organisation;
            pdf.Info.Creator = "Hotline";
            pdf.Options.CompressContentStreams = true;
            pdf.Options.FlateEncodeMode = PdfFlateEncodeMode.Default;
            foreach (var page in laidOut.Pages)
            {
                var pdfPage = pdf.AddPage();
                pdfPage.Width = PdfSharp.Drawing.XUnit.FromPoint(laidOut.Geometry.Width);
                pdfPage.Height = PdfSharp.Drawing.XUnit.FromPoint(laidOut.Geometry.Height);
                using var graphics = PdfSharp.Drawing.XGraphics.FromPdfPage(pdfPage);
                _painter.Paint(graphics, page);
            }

            pdf.Save(output, closeStream: false);
        }
    }

    /// <summary>The PDF bytes of <paramref name="document"/>.</summary>
    public byte[] Write(ReportDocument document)
    {
        using var buffer = new MemoryStream();
        Write(document, buffer);
        return buffer.ToArray();
    }

    /// <inheritdoc />
    public void Dispose() => _measurer.Dispose();
}
