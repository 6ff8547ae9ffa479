using Hotline.Reports.Documents;

namespace Hotline.Reports.Tests.Pdf;

/// <summary>A report written to the artefact folder, with its text read back per page by pdftotext.</summary>
internal sealed record GeneratedPdf(string Path, long Size, IReadOnlyList<string> Pages)
{
    public string AllText => string.Join('\n', Pages);

    public static async Task<GeneratedPdf> WriteAsync(ReportWriterFixture fixture, ReportDocument document, string name, CancellationToken cancellationToken)
    {
        var path = System.IO.Path.Combine(fixture.ArtefactFolder, name + ".pdf");
        await File.WriteAllBytesAsync(path, fixture.Writer.Write(document), cancellationToken);
        var count = await PopplerTool.PageCountAsync(path, cancellationToken);
        var pages = new List<string>();
        for (var page = 1; page <= count; page++)
            pages.Add(await PopplerTool.PageTextAsync(path, page, cancellationToken));
        // One page of each report as PNG, for people to look at.
        await PopplerTool.RunAsync("pdftoppm", ["-f", "1", "-l", "1", "-r", "100", "-png", "-singlefile", path, System.IO.Path.Combine(fixture.ArtefactFolder, name)], cancellationToken);
        return new GeneratedPdf(path, new FileInfo(path).Length, pages);
    }
}
