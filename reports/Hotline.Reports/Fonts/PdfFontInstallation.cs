using PdfSharp.Fonts;

namespace Hotline.Reports.Fonts;

/// <summary>Installs the CJK font resolver into PDFsharp's process-wide settings, once.</summary>
/// <remarks>PDFsharp keeps one resolver per process and caches faces it has loaded, so a second folder cannot take over later.</remarks>
public static class PdfFontInstallation
{
    private static readonly Lock Gate = new();

    /// <summary>Makes <paramref name="files"/> the fonts PDFsharp uses; a repeat call for the same folder is a no-op.</summary>
    public static void Install(ReportFontFiles files)
    {
        ArgumentNullException.ThrowIfNull(files);
        lock (Gate)
        {
            switch (GlobalFontSettings.FontResolver)
            {
                case null:
                    GlobalFontSettings.FontResolver = new CjkFontResolver(files);
                    break;
                case CjkFontResolver installed when SameFolder(installed.Files.Folder, files.Folder):
                    break;
                case CjkFontResolver installed:
                    throw new InvalidOperationException(
                        $"PDF fonts are already installed from '{installed.Files.Folder}'; this process cannot switch to '{files.Folder}'.");
                case var other:
                    throw new InvalidOperationException(
                        $"PDFsharp already has a font resolver of type {other.GetType().FullName}; the report fonts from '{files.Folder}' cannot replace it.");
            }
        }
    }

    private static bool SameFolder(string a, string b) =>
        string.Equals(Path.GetFullPath(a).TrimEnd(Path.DirectorySeparatorChar), Path.GetFullPath(b).TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal);
}
