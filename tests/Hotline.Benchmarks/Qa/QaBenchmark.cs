namespace Hotline.Benchmarks.Qa;

/// <summary><c>./hotline bench qa</c> (issue 8): transcription real-time factors, then scoring throughput and model training, in a temporary folder.</summary>
internal sealed class QaBenchmark(BenchReport report)
{
    public async Task RunAsync()
    {
        var folder = Directory.CreateTempSubdirectory("hotline-bench-qa-");
        try
        {
            report.Progress($"{Environment.ProcessorCount} cores");
            await new TranscriptionBenchmark(report, folder.FullName).RunAsync();
            await new ScoringBenchmark(report, folder.FullName).RunAsync();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
