using System.Text;
using Hotline.Reports.Fonts;
using Hotline.Reports.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Hotline.Reports.Pdf;

/// <summary>Measures text with PDFsharp in the report font, caching each character's advance (PDFsharp applies no kerning, so widths add up exactly).</summary>
public sealed class PdfTextMeasurer : ITextMeasurer, IDisposable
{
    private readonly XGraphics _context;
    private readonly Dictionary<(double Size, bool Bold), XFont> _fonts = [];
    private readonly Dictionary<(double Size, bool Bold, int Rune), double> _advances = [];
    private readonly Lock _gate = new();

    /// <summary>A measurer; the CJK font resolver must be installed (see <see cref="PdfFontInstallation"/>).</summary>
    public PdfTextMeasurer() =>
        _context = XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);

    /// <summary>The PDFsharp font for <paramref name="style"/>, embedded as a Unicode subset.</summary>
    public XFont Font(TextStyle style)
    {
        lock (_gate)
        {
            var key = (style.Size, style.Bold);
            if (!_fonts.TryGetValue(key, out var font))
            {
                font = new XFont(CjkFontResolver.FamilyName, style.Size, style.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular,
                    new XPdfFontOptions(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset));
                _fonts[key] = font;
            }

            return font;
        }
    }

    /// <inheritdoc />
    public double Width(string text, TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(text);
        var font = Font(style);
        var width = 0.0;
        lock (_gate)
        {
            foreach (var rune in text.EnumerateRunes())
            {
                var key = (style.Size, style.Bold, rune.Value);
                if (!_advances.TryGetValue(key, out var advance))
                {
                    advance = _context.MeasureString(rune.ToString(), font).Width;
                    _advances[key] = advance;
                }

                width += advance;
            }
        }

        return width;
    }

    /// <inheritdoc />
    public double LineHeight(TextStyle style) => Font(style).GetHeight();

    /// <inheritdoc />
    public double Ascent(TextStyle style)
    {
        var font = Font(style);
        return style.Size * font.Metrics.Ascent / font.Metrics.UnitsPerEm;
    }

    /// <inheritdoc />
    public void Dispose() => _context.Dispose();
}
