using System.Buffers.Binary;

namespace Hotline.Reports.Fonts;

/// <summary>The regular and bold Noto Sans SC TrueType files every PDF is set in, read and checked once.</summary>
public sealed class ReportFontFiles
{
    /// <summary>The file holding the regular face.</summary>
    public const string RegularFileName = "NotoSansSC-Regular.ttf";

    /// <summary>The file holding the bold face.</summary>
    public const string BoldFileName = "NotoSansSC-Bold.ttf";

    /// <summary>Both file names, in the order they are checked.</summary>
    public static readonly IReadOnlyList<string> FileNames = [RegularFileName, BoldFileName];

    private ReportFontFiles(string folder, byte[] regular, byte[] bold)
    {
        Folder = folder;
        Regular = regular;
        Bold = bold;
    }

    /// <summary>The folder the files were read from.</summary>
    public string Folder { get; }

    /// <summary>The regular face, a single TrueType font.</summary>
    public byte[] Regular { get; }

    /// <summary>The bold face, a single TrueType font.</summary>
    public byte[] Bold { get; }

    /// <summary>Reads both faces from <paramref name="folder"/>; throws <see cref="ReportFontException"/> naming the file when one is missing or not a single TrueType font.</summary>
    public static ReportFontFiles Load(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        return new ReportFontFiles(folder, Read(folder, RegularFileName), Read(folder, BoldFileName));
    }

    private static byte[] Read(string folder, string fileName)
    {
        var path = Path.Combine(folder, fileName);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReportFontException(
                $"The report font {path} cannot be read ({e.Message}). Run ./hotline setup to install it, or point "
                + $"{FontFolderLocator.ConfigurationKey} / {FontFolderLocator.EnvironmentVariable} at a folder holding {fileName}.", e);
        }

        var problem = TrueTypeProblem(bytes);
        return problem == null
            ? bytes
            : throw new ReportFontException($"The report font {path} is not usable: {problem}. Run ./hotline setup to reinstall it.");
    }

    // PDFsharp reads single TrueType (glyf) fonts only: a collection (.ttc) or a CFF-flavoured OpenType font would fail
    // deep inside the first DrawString, so they are refused here with the file named.
    private static string? TrueTypeProblem(byte[] bytes)
    {
        if (bytes.Length < 12)
            return $"it is {bytes.Length} bytes long, too short for a font";
        return BinaryPrimitives.ReadUInt32BigEndian(bytes) switch
        {
            0x00010000 or 0x74727565 => null, // 1.0 or 'true'
            0x74746366 => "it is a font collection (.ttc), which PDFsharp cannot read; use the single .ttf files",
            0x4F54544F => "it is an OpenType font with CFF outlines, which PDFsharp cannot embed; use a TrueType (.ttf) file",
            var tag => $"it does not start with a TrueType signature (found 0x{tag:X8})",
        };
    }
}
