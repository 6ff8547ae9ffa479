using System.Globalization;

namespace Hotline.Benchmarks.Acd;

/// <summary>
/// The <c>acd</c> benchmark (issue 5): routing decisions per second and the latency from "call queued" to "agent
/// chosen" on one in-process silo (SQLite grain storage, as the portal runs by default), with 2,000 agents, 100 queues
/// and 20 skills, next to the same run with 200 agents and 10 queues. Throughput is the closed-loop maximum; latency
/// is measured with calls arriving at a fixed rate, the same for both shapes so the ratio compares sizes alone
/// (200 calls/s: each of 2,000 agents takes a call every 10 s, some 25 times a real busy hour with 4-minute calls).
/// A rate derived from the measured maximum is not used: on a shared machine the maximum swings with the neighbours'
/// load, and a rate taken from a quiet moment turns into a backlog in a busy one.
/// </summary>
internal sealed class AcdBenchmark(BenchReport report)
{
    private static readonly AcdShape Large = new("agents2000_queues100", Agents: 2000, Queues: 100, Skills: 20);
    private static readonly AcdShape Small = new("agents200_queues10", Agents: 200, Queues: 10, Skills: 20);

    /// <summary>Concurrent callers of the throughput phase; HOTLINE_BENCH_ACD_CALLERS overrides the default 32.</summary>
    private static readonly int Callers = Setting("HOTLINE_BENCH_ACD_CALLERS", 32, 1, 512);

    /// <summary>Seconds of each measured phase; HOTLINE_BENCH_ACD_SECONDS overrides the default 10.</summary>
    private static readonly int Seconds = Setting("HOTLINE_BENCH_ACD_SECONDS", 10, 1, 120);

    /// <summary>Calls per second of the latency phase; HOTLINE_BENCH_ACD_RATE overrides the default 200.</summary>
    private static readonly int Rate = Setting("HOTLINE_BENCH_ACD_RATE", 200, 1, 5000);
    private const double TargetP99Milliseconds = 5;

    public async Task RunAsync()
    {
        report.Progress($"{Environment.ProcessorCount} cores; per shape: warm-up, {Seconds} s of calls arriving at {Rate}/s (latency), " +
                        $"then {Seconds} s closed loop with {Callers} callers (max decisions/s); target p99 < {TargetP99Milliseconds} ms");
        var large = await MeasureAsync(Large);
        var small = await MeasureAsync(Small);

        report.AddVersus("routing_decisions_per_s", Round(large.Throughput.DecisionsPerSecond), "decisions/s", Small.Name, Round(small.Throughput.DecisionsPerSecond));
        report.AddVersus("p99_queued_to_agent_chosen", Round(large.Latency.P99, 2), "ms", Small.Name, Round(small.Latency.P99, 2));
        report.AddVersus("p50_queued_to_agent_chosen", Round(large.Latency.P50, 2), "ms", Small.Name, Round(small.Latency.P50, 2));
        report.AddVersus("p99_at_max_throughput", Round(large.Throughput.P99, 2), "ms", Small.Name, Round(small.Throughput.P99, 2));
        report.Add("latency_load", Round(large.Latency.DecisionsPerSecond), "calls/s");
        report.Detail("settings", new { Callers, Seconds, Rate, TargetP99Milliseconds, Storage = "SQLite (temporary file)", ServerGc = System.Runtime.GCSettings.IsServerGC });
        report.Detail(Large.Name, Describe(Large, large));
        report.Detail(Small.Name, Describe(Small, small));
    }

    private async Task<ShapeResult> MeasureAsync(AcdShape shape)
    {
        await using var silo = await AcdSilo.StartAsync();
        var organisation = new AcdOrganisation(silo, shape);
        var setUp = System.Diagnostics.Stopwatch.StartNew();
        await organisation.SetUpAsync();
        report.Progress($"{shape.Name}: {shape.Agents} agents, {shape.Queues} queues, {shape.Skills} skills set up in {setUp.Elapsed.TotalSeconds:0.0} s");

        await organisation.ClosedLoopAsync("warm-up", Callers, TimeSpan.FromSeconds(3));
        // Latency first: the throughput phase leaves tens of thousands of call grains for the collector.
        var latency = await organisation.OpenLoopAsync("latency", Rate, TimeSpan.FromSeconds(Seconds));
        report.Progress($"{shape.Name}: {Line(latency)}");
        var throughput = await organisation.ClosedLoopAsync("throughput", Callers, TimeSpan.FromSeconds(Seconds));
        report.Progress($"{shape.Name}: {Line(throughput)}");
        return new ShapeResult(throughput, latency);
    }

    private static object Describe(AcdShape shape, ShapeResult result) => new
    {
        shape.Agents,
        shape.Queues,
        shape.Skills,
        shape.SkillsPerAgent,
        Phases = new[] { result.Throughput, result.Latency }.Select(r => new
        {
            r.Phase,
            r.Decisions,
            Seconds = Round(r.Seconds, 2),
            DecisionsPerSecond = Round(r.DecisionsPerSecond),
            P50Ms = Round(r.P50, 3),
            P99Ms = Round(r.P99, 3),
            MaxMs = Round(r.Max, 3),
            GcPauseMs = Round(r.GcPauseMs, 1),
            r.Gen2Collections,
        }),
    };

    private static string Line(AcdLoadResult r) => string.Create(CultureInfo.InvariantCulture,
        $"{r.Phase}: {r.Decisions} decisions in {r.Seconds:0.0} s = {r.DecisionsPerSecond:0}/s, p50 {r.P50:0.000} ms, p99 {r.P99:0.000} ms, max {r.Max:0.0} ms; GC paused {r.GcPauseMs:0} ms ({r.Gen2Collections} gen-2)");

    private static double Round(double value, int digits = 0) => Math.Round(value, digits);

    private static int Setting(string name, int fallback, int min, int max) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? Math.Clamp(value, min, max)
            : fallback;

    private sealed record ShapeResult(AcdLoadResult Throughput, AcdLoadResult Latency);
}
