using System.Diagnostics;
using System.Globalization;
using System.Net;
using Hotline.Benchmarks.Sip;

namespace Hotline.Benchmarks.Media;

/// <summary>
/// Runs one step: a sipp UAC places the calls (SDP naming the phone bank), a sipp UAS with <c>-rtp_echo</c> answers them,
/// the phones stream G.711 at 50 packets/s per call and get their own packets back through the path; once every call's
/// packets come round and a settling pause has passed, a window measures jitter, loss and Hotline's cost.
/// </summary>
internal sealed class MediaStepRunner(BenchReport report, MediaStepSettings settings)
{
    /// <summary>A step passes while the p99 of |inter-arrival gap − 20 ms| at the far end stays under this.</summary>
    public const double MaxJitterP99Milliseconds = 5;

    public async Task<MediaStep> RunAsync(Func<IMediaPath> start, int calls)
    {
        var clock = Stopwatch.StartNew();
        var work = Directory.CreateTempSubdirectory("hotline-bench-media-sipp-").FullName;
        try
        {
            var callerScenario = Path.Combine(work, "caller.xml");
            var calleeScenario = Path.Combine(work, "callee.xml");
            await File.WriteAllTextAsync(callerScenario, MediaScenarios.Caller);
            await File.WriteAllTextAsync(calleeScenario, MediaScenarios.Callee);

            await using var path = start();
            var hotline = path as HotlineMediaPath;
            using var phones = new PhoneBank(learnTargets: hotline is not null);
            await phones.Started;
            var baseline = MemoryUse.Now();

            var rate = settings.CallRate(calls);
            var ramp = TimeSpan.FromSeconds((double)calls / rate);
            var upLimit = ramp + settings.StreamsUpSlack;
            var hold = upLimit + settings.Settle + settings.Window + settings.Drain + TimeSpan.FromSeconds(2);
            var limit = hold + ramp + TimeSpan.FromSeconds(20);
            var echoPort = LoopbackPorts.Next();
            using var uas = SippProcess.Start("uas", work, limit,
                ["-sf", calleeScenario, "-p", Text(path.UasPort), "-mp", Text(echoPort), "-rtp_echo", "-m", Text(calls)]);
            await Task.Delay(300);
            using var uac = SippProcess.Start("uac", work, limit,
            [
                path.Target, "-sf", callerScenario, "-s", HotlineMediaPath.RouteNumber, "-p", Text(path.UacPort),
                "-mp", Text(LoopbackPorts.Next()), "-key", "phone_port", Text(phones.Port),
                "-r", Text(rate), "-m", Text(calls), "-l", Text(calls), "-d", Text((long)hold.TotalMilliseconds),
            ]);

            if (!phones.LearnTargets)
            {
                // Nothing answers for the echo: the phones start the calls' streams themselves, at the call rate.
                var echo = new IPEndPoint(IPAddress.Loopback, echoPort);
                for (var call = 0; call < calls; call++)
                {
                    phones.AddCall(echo);
                    if (call % 10 == 9)
                    {
                        await Task.Delay(TimeSpan.FromSeconds(10.0 / rate));
                    }
                }
            }

            var upBy = Stopwatch.StartNew();
            while (phones.CallsEchoed < calls && upBy.Elapsed < upLimit)
            {
                await Task.Delay(100);
            }

            var echoed = phones.CallsEchoed;
            if (RigPriority.Enabled && RigPriority.RaiseSippThreads() == 0)
            {
                report.Progress($"the sipp threads could not be given nice {RigPriority.Niceness} (no CAP_SYS_NICE): neighbours' load weighs on the rig");
            }

            await Task.Delay(settings.Settle);

            var drops = DropCounters(path, phones.Port, echoPort);
            var cost = new MediaCost(phones, path.Engine);
            phones.StartWindow();
            await Task.Delay(settings.Window);
            phones.EndWindow();
            var windowCalls = phones.Calls;
            var measured = phones.Result();
            var spent = cost.Measure(windowCalls, 2 * measured.PacketsExpected);
            await Task.Delay(settings.Drain);
            var dropsAfter = DropCounters(path, phones.Port, echoPort);
            phones.StopSending();
            var result = phones.Result();
            var loaded = MemoryUse.Now();
            var recordings = hotline?.Recordings ?? 0;

            var caller = await uac.WaitAsync(limit + TimeSpan.FromSeconds(5));
            var callee = await uas.WaitAsync(TimeSpan.FromSeconds(caller.ExitCode == 0 ? 10 : 2));
            await path.SettleAsync();

            var phoneDrops = dropsAfter.Phone - drops.Phone;
            var echoDrops = dropsAfter.Echo - drops.Echo;
            var pathDrops = dropsAfter.Path - drops.Path;
            // The phones' and the echo's sockets are the test rig's: a packet lost there was not lost by the path
            // (on the reference, the echo is the path).
            var rigDrops = phoneDrops + (hotline is null ? 0 : echoDrops);
            var lostOnPath = Math.Max(0, result.PacketsLost - rigDrops);
            var memory = baseline.PerCall(loaded, calls);
            var problems = new List<string>();
            if (caller.ExitCode != 0 || caller.Successful < calls || caller.Failed > 0)
            {
                problems.Add($"calling sipp: exit {caller.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "killed"}, " +
                             $"{Text(caller.Successful)} of {Text(calls)} calls completed, {Text(caller.Failed)} failed {caller.FirstErrors}");
            }

            if (callee.ExitCode is not 0)
            {
                problems.Add($"echoing sipp: exit {callee.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "killed"} {callee.FirstErrors}");
            }

            if (echoed < calls)
            {
                problems.Add($"only {Text(echoed)} of {Text(calls)} calls' packets came back within {upLimit.TotalSeconds:0} s");
            }

            if (result.MeasuredCalls < calls || result.SilentCalls > 0)
            {
                problems.Add($"{Text(result.MeasuredCalls - result.SilentCalls)} of {Text(calls)} calls had packets back in the window");
            }

            if (hotline is not null && recordings < calls)
            {
                problems.Add($"only {Text(recordings)} of {Text(calls)} calls recorded");
            }

            if (lostOnPath > 0)
            {
                problems.Add($"{Text(lostOnPath)} of {Text(result.PacketsExpected)} packets lost on the path");
            }

            var (measure, jitter) = path.ReclocksMedia ? ("grid", result.Grid) : ("transit", result.Transit);
            if (jitter.P99Milliseconds >= MaxJitterP99Milliseconds)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"jitter p99 {jitter.P99Milliseconds:0.00} ms"));
            }

            var passed = problems.Count == 0;
            var step = new MediaStep(
                path.Name, calls, passed, passed ? "pass" : "FAIL: " + string.Join("; ", problems), caller.Successful, caller.Failed,
                recordings, result, measure, jitter, lostOnPath, phoneDrops, echoDrops, pathDrops, path.Engine is null ? null : spent,
                path.Engine is null ? null : memory.Managed, path.Engine is null ? null : memory.Resident, Math.Round(clock.Elapsed.TotalSeconds, 1));
            report.Progress(Describe(step, spent));
            return step;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static (long Phone, long Echo, long Path) DropCounters(IMediaPath path, int phonePort, int echoPort) =>
        (UdpDrops.Sum(p => p == phonePort), UdpDrops.Sum(p => p == echoPort || p == echoPort + 2), UdpDrops.Sum(path.OwnsRtpPort));

    private static string Describe(MediaStep step, MediaCostResult spent)
    {
        var phones = step.Phones!;
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{step.Path} {step.Calls} calls: {step.Verdict} (jitter p50/p99/max against the grid {Figures(phones.Grid)}, against send times {Figures(phones.Transit)} ms over {phones.Grid.Gaps} gaps, " +
            $"lost {phones.PacketsLost} of {phones.PacketsExpected} (socket drops: phones {step.PhoneSocketDrops}, echo {step.EchoSocketDrops}, path {step.PathSocketDrops}), " +
            $"phones {spent.PhoneCores:0.00} cores");
        if (step.Cost is { } cost)
        {
            text += string.Create(CultureInfo.InvariantCulture,
                $", hotline {cost.HotlineCores:0.00} cores = {cost.CpuMicrosecondsPerCallSecond} us/s per call, clock {cost.ClockThreads} threads {cost.ClockMicrosecondsPerTick} us/tick, receive {cost.ReceiveThreadCores:0.00} cores, recording {cost.RecordingThreadCores:0.00} cores, " +
                $"late ticks {cost.LateTicks}/{cost.ClockTicks}, {cost.AllocatedBytesPerPacket} B allocated/packet, gc {cost.Gen0Collections}/{cost.Gen1Collections}/{cost.Gen2Collections}, " +
                $"{step.ManagedKilobytesPerCall} KiB managed + {step.ResidentKilobytesPerCall} KiB RSS per call, {step.Recordings} recordings");
        }

        return text + string.Create(CultureInfo.InvariantCulture, $", {step.Seconds:0} s)");
    }

    private static string Figures(JitterFigures jitter) =>
        string.Create(CultureInfo.InvariantCulture, $"{jitter.P50Milliseconds:0.00}/{jitter.P99Milliseconds:0.00}/{jitter.MaxMilliseconds:0.0}");

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
