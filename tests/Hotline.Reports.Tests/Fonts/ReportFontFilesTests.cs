using Hotline.Reports;
using Hotline.Reports.Fonts;
using Hotline.Reports.Pdf;

namespace Hotline.Reports.Tests.Fonts;

[Trait("Category", "Unit")]
public sealed class ReportFontFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hotline-fonts-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string name, params byte[] bytes) => File.WriteAllBytes(Path.Combine(_folder, name), [.. bytes, .. new byte[64]]);

    [Fact]
    public void A_missing_font_file_is_a_clear_error_naming_the_file()
    {
        Write(ReportFontFiles.RegularFileName, 0x00, 0x01, 0x00, 0x00);

        var error = Assert.Throws<ReportFontException>(() => ReportFontFiles.Load(_folder));

        Assert.Contains(Path.Combine(_folder, ReportFontFiles.BoldFileName), error.Message, StringComparison.Ordinal);
        Assert.Contains("./hotline setup", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_font_collection_is_refused_with_the_reason()
    {
        Write(ReportFontFiles.RegularFileName, (byte)'t', (byte)'t', (byte)'c', (byte)'f');
        Write(ReportFontFiles.BoldFileName, 0x00, 0x01, 0x00, 0x00);

        var error = Assert.Throws<ReportFontException>(() => ReportFontFiles.Load(_folder));

        Assert.Contains(".ttc", error.Message, StringComparison.Ordinal);
        Assert.Contains(ReportFontFiles.RegularFileName, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_CFF_OpenType_font_is_refused_with_the_reason()
    {
        Write(ReportFontFiles.RegularFileName, 0x00, 0x01, 0x00, 0x00);
        Write(ReportFontFiles.BoldFileName, (byte)'O', (byte)'T', (byte)'T', (byte)'O');

        var error = Assert.Throws<ReportFontException>(() => ReportFontFiles.Load(_folder));

        Assert.Contains("CFF", error.Message, StringComparison.Ordinal);
        Assert.Contains(ReportFontFiles.BoldFileName, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TrueType_files_load_as_they_are()
    {
        Write(ReportFontFiles.RegularFileName, 0x00, 0x01, 0x00, 0x00, 1);
        Write(ReportFontFiles.BoldFileName, (byte)'t', (byte)'r', (byte)'u', (byte)'e', 2);

        var files = ReportFontFiles.Load(_folder);

        Assert.Equal(1, files.Regular[4]);
        Assert.Equal(2, files.Bold[4]);
        Assert.Equal(_folder, files.Folder);
    }

    [Fact]
    public void Creating_a_writer_over_a_folder_without_fonts_fails_at_once_naming_the_folder()
    {
        var error = Assert.Throws<ReportFontException>(() => PdfReportWriter.Create(new ReportsOptions { FontFolder = _folder }));

        Assert.Contains(_folder, error.Message, StringComparison.Ordinal);
        Assert.Contains(FontFolderLocator.ConfigurationKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_resolver_serves_regular_and_bold_and_nothing_else()
    {
        Write(ReportFontFiles.RegularFileName, 0x00, 0x01, 0x00, 0x00, 1);
        Write(ReportFontFiles.BoldFileName, 0x00, 0x01, 0x00, 0x00, 2);
        var resolver = new CjkFontResolver(ReportFontFiles.Load(_folder));

        var regular = resolver.ResolveTypeface("Noto Sans SC", bold: false, italic: false)!;
        var bold = resolver.ResolveTypeface("noto sans sc", bold: true, italic: false)!;

        Assert.Equal(1, resolver.GetFont(regular.FaceName)![4]);
        Assert.Equal(2, resolver.GetFont(bold.FaceName)![4]);
        Assert.Null(resolver.ResolveTypeface("Arial", bold: false, italic: false));
    }
}
