// The sessions are Blazor renderers (see SessionRenderer).
#pragma warning disable BL0006
using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using Hotline.Grains.Abstractions.Agents;
using Hotline.Portal.Components.Pages.Wallboard;
using Hotline.Portal.Live;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hotline.Benchmarks.Portal;

/// <summary>
/// The <c>portal</c> benchmark (issue 9): supervisor wallboards held open at the circuit level (the real renderer and dispatcher per session,
/// no browser or socket), each re-rendering on the live hub's one-second tick and on agent changes (five agents change state every second),
/// 200 sessions reported against 20 in the same run: the time until every session has rendered an update (p50, p95), the CPU the sessions
/// take, and the memory each session holds. Then the decision dashboard's server time over 10 million CDRs (<see cref="DashboardServerTime"/>).
/// </summary>
/// <remarks>HOTLINE_BENCH_PORTAL_SESSIONS (default 200) sets the large run; HOTLINE_BENCH_PORTAL_SECONDS (default 20) how long each runs.</remarks>
internal sealed class PortalBenchmark(BenchReport report)
{
    private const int Reference = 20;
    private const int AgentCount = 50;
    private const int ChangesPerSecond = 5;

    public async Task RunAsync()
    {
        var sessions = Setting("HOTLINE_BENCH_PORTAL_SESSIONS", 200, Reference, 2_000);
        var seconds = Setting("HOTLINE_BENCH_PORTAL_SECONDS", 20, 5, 600);
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = new CultureInfo("zh-CN");
        report.Progress($"{Environment.ProcessorCount} cores; {AgentCount} agents; {Reference} then {sessions} wallboard sessions for {seconds} s each");
        await using var host = await WallboardHost.StartAsync(AgentCount);
        var small = await MeasureAsync(host, Reference, seconds);
        var large = await MeasureAsync(host, sessions, seconds);

        var metric = $"wallboard_{sessions}";
        report.AddVersus(metric + "_update_p50", large.P50, "ms", $"sessions_{Reference}", small.P50);
        report.AddVersus(metric + "_update_p95", large.P95, "ms", $"sessions_{Reference}", small.P95);
        report.AddVersus(metric + "_cpu", large.Cores, "cores", $"sessions_{Reference}", small.Cores);
        report.AddVersus(metric + "_memory_per_session", large.KilobytesPerSession, "KB", $"sessions_{Reference}", small.KilobytesPerSession);
        report.Detail("updates_measured_large", large.Updates);
        report.Detail("updates_measured_reference", small.Updates);
        // A lone silo relays nothing (the live relay's outbox stays closed while no other silo is active); a regression shows here.
        var relayed = host.Services.GetRequiredService<LiveRelayLink>().Published;
        report.Detail("relay_batches_published", relayed);
        report.Progress($"live relay batches published by the lone silo: {relayed}");
        await new DashboardServerTime(report).RunAsync(Setting("HOTLINE_BENCH_PORTAL_CDRS", 10_000_000, 100_000, 200_000_000));
    }

    private async Task<SessionFigures> MeasureAsync(WallboardHost host, int count, int seconds)
    {
        // Subscribed before the sessions, so the tick is stamped before any session starts rendering it.
        var ticks = Channel.CreateUnbounded<long>();
        void OnTick(DateTimeOffset _) => ticks.Writer.TryWrite(Stopwatch.GetTimestamp());
        host.Hub.Ticked += OnTick;
        var scopes = new List<AsyncServiceScope>();
        var renderers = new List<SessionRenderer>();
        try
        {
            var before = GC.GetTotalMemory(forceFullCollection: true);
            for (var i = 0; i < count; i++)
            {
                var scope = host.Services.CreateAsyncScope();
                scopes.Add(scope);
                var renderer = new SessionRenderer(scope.ServiceProvider, NullLoggerFactory.Instance);
                renderers.Add(renderer);
                await renderer.ShowAsync<Wallboard>();
            }

            var kilobytes = (GC.GetTotalMemory(forceFullCollection: true) - before) / 1024.0 / count;
            if (renderers.FirstOrDefault(r => r.Failure is not null) is { Failure: { } failure })
                throw new InvalidOperationException($"A wallboard session failed to render: {failure.Message}", failure);
            while (ticks.Reader.TryRead(out _))
            {
            }

            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
            var changes = ChangeAgentsAsync(host, stop.Token);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            var latencies = new List<double>();
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    var tick = await ticks.Reader.ReadAsync(stop.Token);
                    latencies.Add(await FanOutAsync(renderers, tick));
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }

            await changes;
            var cores = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds / wall.Elapsed.TotalSeconds;
            if (renderers.FirstOrDefault(r => r.Failure is not null) is { Failure: { } late })
                throw new InvalidOperationException($"A wallboard session failed while updating: {late.Message}", late);
            report.Progress($"{count} sessions: update p50 {Percentile(latencies, 0.5):F1} ms, p95 {Percentile(latencies, 0.95):F1} ms, {cores:F2} cores, {kilobytes:F0} KB per session");
            return new SessionFigures(Math.Round(Percentile(latencies, 0.5), 2), Math.Round(Percentile(latencies, 0.95), 2), Math.Round(cores, 3), Math.Round(kilobytes, 1), latencies.Count);
        }
        finally
        {
            host.Hub.Ticked -= OnTick;
            foreach (var renderer in renderers)
                await renderer.Dispatcher.InvokeAsync(renderer.Dispose);
            foreach (var scope in scopes)
                await scope.DisposeAsync();
        }
    }

    // The time from the tick until every session has produced a render batch after it (a session that has not within two seconds counts as two seconds).
    private static async Task<double> FanOutAsync(List<SessionRenderer> renderers, long tick)
    {
        var deadline = tick + (2 * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (renderers.TrueForAll(r => r.LastBatchTicks > tick))
                return Stopwatch.GetElapsedTime(tick).TotalMilliseconds;
            await Task.Delay(1);
        }

        return 2000;
    }

    private static async Task ChangeAgentsAsync(WallboardHost host, CancellationToken stop)
    {
        var random = new Random(12328);
        var notReady = new HashSet<string>(StringComparer.Ordinal);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                for (var i = 0; i < ChangesPerSecond; i++)
                {
                    var extension = host.Agents[random.Next(host.Agents.Count)];
                    var agent = host.Grains.GetGrain<IAgentGrain>(extension);
                    if (notReady.Remove(extension))
                        await agent.SetReadyAsync();
                    else if (notReady.Add(extension))
                        await agent.SetNotReadyAsync(NotReadyReason.Break);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    // Nearest rank.
    private static double Percentile(List<double> values, double share)
    {
        if (values.Count == 0)
            return double.NaN;
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static int Setting(string name, int fallback, int min, int max) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? Math.Clamp(value, min, max) : fallback;

    private sealed record SessionFigures(double P50, double P95, double Cores, double KilobytesPerSession, int Updates);
}
