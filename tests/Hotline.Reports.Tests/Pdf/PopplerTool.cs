using System.Diagnostics;

namespace Hotline.Reports.Tests.Pdf;

/// <summary>Runs a poppler-utils command (pdftotext, pdffonts, pdfinfo, pdfimages, pdftoppm) and returns its output.</summary>
internal static class PopplerTool
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static async Task<string> RunAsync(string tool, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start (is poppler-utils installed? ./hotline setup --tests installs it)");
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Limit);
        var output = process.StandardOutput.ReadToEndAsync(limit.Token);
        var error = process.StandardError.ReadToEndAsync(limit.Token);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"{tool} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}: {await error}");
    }

    /// <summary>The text of one page, in reading order.</summary>
    public static Task<string> PageTextAsync(string pdf, int page, CancellationToken cancellationToken) =>
        RunAsync("pdftotext", ["-f", $"{page}", "-l", $"{page}", "-enc", "UTF-8", pdf, "-"], cancellationToken);

    /// <summary>The page count pdfinfo reports.</summary>
    public static async Task<int> PageCountAsync(string pdf, CancellationToken cancellationToken)
    {
        var info = await RunAsync("pdfinfo", [pdf], cancellationToken);
        var line = info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
