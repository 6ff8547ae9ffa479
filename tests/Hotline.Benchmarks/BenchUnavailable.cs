namespace Hotline.Benchmarks;

/// <summary>A figure the benchmark cannot measure yet, with the reason (never a made-up number).</summary>
internal sealed record BenchUnavailable(string Metric, string Unit, string Reason)
{
    public string Line(string benchmark) => $"bench {benchmark} {Metric}: not available ({Reason})";
}
