namespace Hotline.Reports.Fonts;

/// <summary>The CJK font charts are drawn with, registered with ScottPlot under <see cref="FamilyName"/>.</summary>
/// <remarks>
/// ScottPlot's bundled Skia has no fontconfig, so nothing is found by name and the font must be registered from a file.
/// WenQuanYi Micro Hei is the default because, measured on rendered charts, Noto Sans SC's tall ascent and descent make
/// ScottPlot clip the first legend entry and the rotated axis label, while Micro Hei renders every label whole.
/// </remarks>
public sealed class ChartFont
{
    /// <summary>The family name plots ask ScottPlot for.</summary>
    public const string FamilyName = "Hotline Chart CJK";

    /// <summary>The file Debian's fonts-wqy-microhei package installs (a collection; Skia reads its first face).</summary>
    public const string DebianFile = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    /// <summary>The configuration key naming another chart font file.</summary>
    public const string ConfigurationKey = "Hotline:Reports:ChartFontFile";

    private static readonly Lock Gate = new();
    private static string? _registeredFile;

    private ChartFont(string file) => File = file;

    /// <summary>The font file charts are drawn with.</summary>
    public string File { get; }

    /// <summary>The name ScottPlot knows the font by.</summary>
    public string Family { get; } = FamilyName;

    /// <summary>Registers <paramref name="configuredFile"/> (or the Debian default) with ScottPlot; throws <see cref="ReportFontException"/> naming the file when it is missing.</summary>
    public static ChartFont Register(string? configuredFile)
    {
        var file = Path.GetFullPath(string.IsNullOrWhiteSpace(configuredFile) ? DebianFile : configuredFile);
        if (!System.IO.File.Exists(file))
        {
            throw new ReportFontException(string.IsNullOrWhiteSpace(configuredFile)
                ? $"The chart font {file} is missing. Run ./hotline setup (it installs the Debian package fonts-wqy-microhei), or set {ConfigurationKey} to a CJK font file."
                : $"The configuration key {ConfigurationKey} names the chart font '{configuredFile}' ({file}), but there is no file there.");
        }

        lock (Gate)
        {
            if (_registeredFile == null)
            {
                // Registered for both weights: a bold request for an unregistered weight would fall back to a font without Chinese glyphs.
                ScottPlot.Fonts.AddFontFile(FamilyName, file, bold: false, italic: false);
                ScottPlot.Fonts.AddFontFile(FamilyName, file, bold: true, italic: false);
                _registeredFile = file;
            }
            else if (!string.Equals(_registeredFile, file, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The chart font is already registered from '{_registeredFile}'; this process cannot switch to '{file}'.");
            }
        }

        return new ChartFont(file);
    }
}
