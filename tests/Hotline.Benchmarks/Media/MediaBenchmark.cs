using System.Diagnostics;
using System.Globalization;

namespace Hotline.Benchmarks.Media;

/// <summary>
/// The <c>media</c> benchmark (issue 4): the most concurrent bridged, recorded G.711 calls through Hotline (anchored media:
/// an RTP endpoint per leg, jitter buffers, mixer, stereo WAV recording) while the far end sees under 5 ms p99 of added
/// inter-arrival jitter and no packet is lost on the way; against sipp → sipp <c>-rtp_echo</c> at the same packet rate in the
/// same run. Each call's packets go phone → Hotline (caller leg) → sipp echo → Hotline (callee leg) → phone, so 500 calls are
/// 1,000 streams into Hotline and 1,000 out. Everything runs on 127.0.0.1 and every step is bounded.
/// </summary>
internal sealed class MediaBenchmark(BenchReport report)
{
    /// <summary>The indicative absolute.</summary>
    public const int IndicativeCalls = 500;

    private static readonly int[] DefaultLadder = [50, 100, 250, 500, 750, 1000, 1500, 2000];
    private static readonly TimeSpan SearchBudget = TimeSpan.FromSeconds(480);
    private const int WarmUpCalls = 50;

    private readonly MediaStepSettings _settings = new();

    public async Task RunAsync()
    {
        PayloadStamp.VerifyRoundTrip();
        var clock = Stopwatch.StartNew();
        var runner = new MediaStepRunner(report, _settings);
        report.Progress($"{Environment.ProcessorCount} cores; each step holds N calls (phones → Hotline → sipp -rtp_echo → Hotline → phones, " +
                        $"50 packets/s each way per leg, recorded), lets them settle {_settings.Settle.TotalSeconds:0} s, then measures " +
                        $"{_settings.Window.TotalSeconds:0} s: a step passes when every call completes, every packet comes back " +
                        $"(socket drops at the phones and the echo are the rig's) and the jitter p99 stays under {MediaStepRunner.MaxJitterP99Milliseconds:0} ms " +
                        "(Hotline plays out on its own clock: measured against the 20 ms grid; the echo passes packets on: against their send times)");

        if (Selected("hotline"))
        {
            await MeasureIdleClockAsync();

            // JIT and pools warm up on an unreported step, so the first measured steps do not pay for them.
            report.Progress("warm-up:");
            await runner.RunAsync(() => new HotlineMediaPath(), WarmUpCalls);
        }

        var ladders = new[] { new MediaLadder("hotline", () => new HotlineMediaPath()), new MediaLadder("sipp_rtp_echo", () => new SippEchoPath()) };
        foreach (var skipped in ladders.Where(l => !Selected(l.Path)))
        {
            report.Progress($"{skipped.Path}: skipped (not selected in HOTLINE_BENCH_MEDIA_ONLY)");
        }

        var results = await SearchAsync(runner, [.. ladders.Where(l => Selected(l.Path))]);
        var hotline = results.FirstOrDefault(r => r.Path == "hotline") ?? new MediaSearchResult("hotline", 0, null, false, []);
        var reference = results.FirstOrDefault(r => r.Path == "sipp_rtp_echo") ?? new MediaSearchResult("sipp_rtp_echo", 0, null, false, []);
        report.Detail("hotline", hotline);
        report.Detail("sipp_rtp_echo", reference);
        report.Detail("settings", new
        {
            _settings.Window,
            _settings.Settle,
            _settings.Drain,
            Ladder = Ladder(),
            MaxJitterP99Milliseconds = MediaStepRunner.MaxJitterP99Milliseconds,
            PacketsPerSecondPerStream = 50,
            Codec = "PCMU, 20 ms",
            Recording = "stereo 8 kHz WAV per call",
            ServerGc = System.Runtime.GCSettings.IsServerGC,
        });
        report.Detail("duration_seconds", Math.Round(clock.Elapsed.TotalSeconds, 1));

        report.AddVersus("max_concurrent_calls", hotline.MaxPassing, "calls", "sipp_rtp_echo", reference.MaxPassing);
        if (hotline.Steps.Count > 0)
        {
            report.Progress($"indicative absolute: {IndicativeCalls} calls; hotline reached {hotline.MaxPassing}" +
                            (hotline.MinFailing is { } f ? $" (failed at {f})" : " (no step failed: the ladder's top is a lower bound)"));
        }

        if (hotline.Best is not { Cost: { } cost } best)
        {
            report.NotAvailable("jitter_p99_at_max", "ms", "no Hotline step passed");
            return;
        }

        var referenceAtSame = reference.Steps.LastOrDefault(s => s.Calls == best.Calls)?.Jitter;
        if (referenceAtSame is not null)
        {
            report.AddVersus("jitter_p99_at_max", best.Jitter.P99Milliseconds, "ms", "sipp_rtp_echo", referenceAtSame.P99Milliseconds);
        }
        else
        {
            report.Add("jitter_p99_at_max", best.Jitter.P99Milliseconds, "ms");
        }

        report.Add("packets_lost_at_max", best.LostOnPath, "packets");
        report.Add("cpu_at_max", cost.HotlineCores, "cores");
        report.Add("cpu_per_call_at_max", cost.CpuMicrosecondsPerCallSecond, "us/s");
        report.Add("memory_per_call_at_max", best.ManagedKilobytesPerCall ?? 0, "KiB managed");
        report.Add("rss_per_call_at_max", best.ResidentKilobytesPerCall ?? 0, "KiB");
        report.Add("allocated_per_packet_at_max", cost.AllocatedBytesPerPacket, "bytes");
        report.Add("clock_late_ticks_at_max", cost.LateTicks, $"of {cost.ClockTicks.ToString(CultureInfo.InvariantCulture)} ticks");
        report.Add("clock_thread_at_max", cost.ClockMicrosecondsPerTick, "us/tick");
    }

    /// <summary>What the media clock costs with no call at all: its own timekeeping, paid whatever the load.</summary>
    private async Task MeasureIdleClockAsync()
    {
        await using var path = new HotlineMediaPath();
        await Task.Delay(TimeSpan.FromSeconds(1));
        var thread = ThreadCpu.FindByPrefix(MediaCost.ClockThreadName);
        var before = ThreadCpu.Of(thread);
        var ticks = path.Engine.ClockHealth.Ticks;
        await Task.Delay(TimeSpan.FromSeconds(4));
        var perTick = (ThreadCpu.Of(thread) - before).TotalMicroseconds / Math.Max(1, path.Engine.ClockHealth.Ticks - ticks);
        report.Detail("clock_idle_us_per_tick", Math.Round(perTick, 1));
        report.Progress(string.Create(CultureInfo.InvariantCulture, $"media clock with no calls: {perTick:0} us CPU per 20 ms tick"));
    }

    /// <summary>
    /// Climbs both paths' ladders rung by rung, Hotline then the reference at each count, so both meet the same load on
    /// the shared machine; each path stops climbing at its first failing step, then both bisect in turns until each has
    /// its maximum to the ladder's resolution, within the time budget and a bounded number of steps.
    /// </summary>
    private async Task<IReadOnlyList<MediaSearchResult>> SearchAsync(MediaStepRunner runner, IReadOnlyList<MediaLadder> ladders)
    {
        var clock = Stopwatch.StartNew();
        foreach (var calls in Ladder())
        {
            foreach (var ladder in ladders.Where(l => l.Climbing))
            {
                if (clock.Elapsed > SearchBudget)
                {
                    ladder.OutOfTime();
                    continue;
                }

                ladder.Record(await RunConfirmedAsync(runner, ladder, calls, clock));
            }
        }

        var bisecting = true;
        while (bisecting && clock.Elapsed < SearchBudget)
        {
            bisecting = false;
            foreach (var ladder in ladders)
            {
                if (ladder.Bisection is { } middle && clock.Elapsed < SearchBudget)
                {
                    ladder.Record(await RunConfirmedAsync(runner, ladder, middle, clock));
                    bisecting = true;
                }
            }
        }

        foreach (var ladder in ladders.Where(l => l.Bisection is not null))
        {
            ladder.OutOfTime();
        }

        var results = ladders.Select(l => l.Result()).ToList();
        foreach (var result in results)
        {
            report.Progress($"{result.Path}: most concurrent calls passing {result.MaxPassing}" +
                            (result.MinFailing is { } f ? $", fewest failing {f}" : ", no step failed (the ladder's top is a lower bound)") +
                            (result.StoppedByBudget ? " (stopped by the time budget)" : ""));
        }

        return results;
    }

    /// <summary>
    /// Runs a step and, when it fails, once more before it counts as failing: on a machine shared with other work a single
    /// stall of a few milliseconds in the 6 s window is enough to fail a step, and would end the climb below the path's true
    /// maximum. Both paths get the same second chance; a path that is really overloaded fails both times.
    /// </summary>
    private async Task<MediaStep> RunConfirmedAsync(MediaStepRunner runner, MediaLadder ladder, int calls, Stopwatch clock)
    {
        var step = await runner.RunAsync(ladder.Start, calls);
        if (step.Passed || clock.Elapsed > SearchBudget)
        {
            return step;
        }

        ladder.Note(step);
        report.Progress($"{ladder.Path} {calls.ToString(CultureInfo.InvariantCulture)} calls: trying once more before counting the step as failing");
        return await runner.RunAsync(ladder.Start, calls);
    }

    // HOTLINE_BENCH_MEDIA_LADDER (comma-separated call counts) and HOTLINE_BENCH_MEDIA_ONLY (hotline, sipp_rtp_echo) narrow the run, for profiling.
    private static int[] Ladder() =>
        Environment.GetEnvironmentVariable("HOTLINE_BENCH_MEDIA_LADDER") is { Length: > 0 } ladder
            ? [.. ladder.Split(',', StringSplitOptions.TrimEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture))]
            : DefaultLadder;

    private static bool Selected(string name) =>
        Environment.GetEnvironmentVariable("HOTLINE_BENCH_MEDIA_ONLY") is not { Length: > 0 } only
        || only.Split(',', StringSplitOptions.TrimEntries).Contains(name, StringComparer.Ordinal);
}
