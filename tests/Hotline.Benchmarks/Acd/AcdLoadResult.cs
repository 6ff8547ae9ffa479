namespace Hotline.Benchmarks.Acd;

/// <summary>
/// What one load phase measured: routing decisions, how long it ran, each call's queued → agent-chosen latency, and
/// the garbage collector's pauses meanwhile (every call leaves a call grain behind until it is collected as idle).
/// </summary>
internal sealed record AcdLoadResult(string Phase, int Decisions, double Seconds, IReadOnlyList<double> LatenciesMs, double GcPauseMs, int Gen2Collections)
{
    public double DecisionsPerSecond => Seconds > 0 ? Decisions / Seconds : 0;

    public double P50 => Percentile(0.50);

    public double P99 => Percentile(0.99);

    public double Max => LatenciesMs.Count == 0 ? 0 : LatenciesMs.Max();

    /// <summary>The nearest-rank percentile (0–1) of the latencies, in milliseconds.</summary>
    public double Percentile(double share)
    {
        if (LatenciesMs.Count == 0)
        {
            return 0;
        }

        var sorted = LatenciesMs.Order().ToList();
        var rank = (int)Math.Ceiling(share * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
