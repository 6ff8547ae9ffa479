using PdfSharp.Fonts;

namespace Hotline.Reports.Fonts;

/// <summary>PDFsharp's font source: the report family maps to the Noto Sans SC regular and bold faces, nothing else resolves.</summary>
public sealed class CjkFontResolver : IFontResolver
{
    /// <summary>The family name report layouts ask PDFsharp for.</summary>
    public const string FamilyName = "Noto Sans SC";

    private const string RegularFace = "NotoSansSC-Regular";
    private const string BoldFace = "NotoSansSC-Bold";

    /// <summary>A resolver serving the faces in <paramref name="files"/>.</summary>
    public CjkFontResolver(ReportFontFiles files)
    {
        ArgumentNullException.ThrowIfNull(files);
        Files = files;
    }

    /// <summary>The font files this resolver serves.</summary>
    public ReportFontFiles Files { get; }

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!string.Equals(familyName, FamilyName, StringComparison.OrdinalIgnoreCase))
            return null;
        // Chinese has no italic face; a slanted simulation is what a reader expects if a layout ever asks for one.
        return new FontResolverInfo(bold ? BoldFace : RegularFace, mustSimulateBold: false, mustSimulateItalic: italic);
    }

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) => faceName switch
    {
        RegularFace => Files.Regular,
        BoldFace => Files.Bold,
        _ => null,
    };
}
