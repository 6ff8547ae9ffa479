using Hotline.Reports.Tests.Pdf;

namespace Hotline.Reports.Tests.Sources;

/// <summary>Keeps each generated report and a PNG of its first page in TestResults/report-pages, for people to look at after the run.</summary>
internal static class ReportPages
{
    public static readonly string Folder = Create();

    public static async Task<string> KeepAsync(byte[] pdf, string name, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Folder, name + ".pdf");
        await File.WriteAllBytesAsync(path, pdf, cancellationToken);
        await PopplerTool.RunAsync("pdftoppm", ["-f", "1", "-l", "1", "-r", "100", "-png", "-singlefile", path, Path.Combine(Folder, name)], cancellationToken);
        return Path.Combine(Folder, name + ".png");
    }

    private static string Create()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root != null && !File.Exists(Path.Combine(root.FullName, "Hotline.sln")))
            root = root.Parent;
        var folder = Path.Combine(root?.FullName ?? Path.GetTempPath(), "TestResults", "report-pages");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
