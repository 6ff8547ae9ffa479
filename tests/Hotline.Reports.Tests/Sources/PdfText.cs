using UglyToad.PdfPig;

namespace Hotline.Reports.Tests.Sources;

/// <summary>A PDF read back with PdfPig: the text of every page, as a reader searching it would find it.</summary>
internal sealed record PdfText(IReadOnlyList<string> Pages, int Images)
{
    public string All => string.Join('\n', Pages);

    public static PdfText Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();
        // PdfPig joins glyphs without the spaces a layout engine implies; the words it finds are joined by spaces.
        return new PdfText([.. pages.Select(p => string.Join(' ', p.GetWords().Select(w => w.Text)))], pages.Sum(p => p.GetImages().Count()));
    }

    /// <summary>True when the text holds <paramref name="expected"/>, ignoring the spaces word extraction puts between glyph runs.</summary>
    public bool Contains(string expected) => All.Replace(" ", "", StringComparison.Ordinal).Contains(expected.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
}
