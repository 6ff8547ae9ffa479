using Hotline.Reports.Pdf;

[assembly: AssemblyFixture(typeof(Hotline.Reports.Tests.Pdf.ReportWriterFixture))]

namespace Hotline.Reports.Tests.Pdf;

/// <summary>The one PDF writer of the test assembly (PDFsharp's font resolver is process-wide), created on first use so unit tests need no fonts.</summary>
/// <remarks>Fonts come from HOTLINE_FONT_FOLDER (exported by ./hotline test) or the repository's .cache/fonts.</remarks>
public sealed class ReportWriterFixture : IDisposable
{
    private readonly Lazy<PdfReportWriter> _writer = new(() => PdfReportWriter.Create(new ReportsOptions()), LazyThreadSafetyMode.ExecutionAndPublication);

    public PdfReportWriter Writer => _writer.Value;

    /// <summary>Where generated PDFs and page images go: TestResults/reports under the repository, kept after the run for people to look at.</summary>
    public string ArtefactFolder { get; } = CreateArtefactFolder();

    public void Dispose()
    {
        if (_writer.IsValueCreated)
            _writer.Value.Dispose();
    }

    private static string CreateArtefactFolder()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root != null && !File.Exists(Path.Combine(root.FullName, "Hotline.sln")))
            root = root.Parent;
        var folder = Path.Combine(root?.FullName ?? Path.GetTempPath(), "TestResults", "reports");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
