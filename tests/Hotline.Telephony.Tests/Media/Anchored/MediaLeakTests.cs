using Hotline.Telephony.Calls;
using Hotline.Telephony.Ivr;
using Hotline.Telephony.Tests.Peers;

namespace Hotline.Telephony.Tests.Media.Anchored;

/// <summary>
/// Many short anchored calls through the 12328 menu — callers who press 1 and are hung up by the platform, and callers
/// who hang up in the middle of the welcome — leave nothing behind: no RTP endpoints, sessions, leased ports, dialogs,
/// calls or open sockets and files beyond what the process had before them.
/// </summary>
/// <remarks>
/// Handles are read from /proc/self/fd. Pipes are left out of the count: they belong to the sipp processes the test
/// itself starts and close when the runtime finalizes those, not when a call ends.
/// </remarks>
[Trait("Category", "Integration")]
[Collection(nameof(AloneInProcess))]
public sealed class MediaLeakTests
{
    private const int CallsOfEachKind = 40;
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Eighty_short_calls_leave_no_endpoints_ports_sessions_dialogs_or_handles_behind()
    {
        await using var harness = AnchoredHarness.Start();
        var app = new IvrTestApplication(harness, DemoFlows.Load12328(), IvrTestApplication.BusinessHours);
        var pcap = SippIvrCalls.PublishedPcap('1');

        // One call of each kind first, so that what lives as long as the server (TTS cache, thread pool, socket engines) exists before counting.
        await RunBothKindsAsync(harness, pcap, calls: 1, concurrent: 1);
        await app.WaitForRunsAsync(2, Settle);
        await WaitForQuietAsync(harness);
        var baseline = OpenHandles();
        Assert.Contains(baseline, h => h.StartsWith("socket:", StringComparison.Ordinal));

        await RunBothKindsAsync(harness, pcap, calls: CallsOfEachKind, concurrent: 10);
        await app.WaitForRunsAsync(2 + (2 * CallsOfEachKind), Settle);
        await WaitForQuietAsync(harness);
        var handles = await HandlesBackToAsync(baseline.Count);
        Assert.True(handles.Count <= baseline.Count,
            $"{baseline.Count} sockets and files were open before the calls, {handles.Count} after: {string.Join(", ", handles.Except(baseline))}");
        Assert.DoesNotContain(handles, h => h.StartsWith(harness.DataFolder!, StringComparison.Ordinal));

        Assert.Empty(app.Failures);
        var outcomes = app.Outcomes.Values.ToList();
        Assert.Equal(1 + CallsOfEachKind, outcomes.Count(o => o.Kind == IvrOutcomeKind.Queue && o.Queue == "complaints"));
        Assert.Equal(1 + CallsOfEachKind, outcomes.Count(o => o.Kind == IvrOutcomeKind.CallerHungUp) + app.CutShort.Count);
        var ended = harness.Events.OfType<CallEnded>().ToList();
        Assert.Equal(2 + (2 * CallsOfEachKind), ended.Count);
        Assert.All(ended, e => Assert.Equal(CallEndCause.NormalClearing, e.Cause));
        Assert.All(ended, e => Assert.True(File.Exists(e.Media?.Recording?.FilePath), $"{e.CallId} has its recording"));
    }

    private static async Task RunBothKindsAsync(SipServerHarness harness, string pcap, int calls, int concurrent)
    {
        string[] load = ["-m", $"{calls}", "-l", $"{concurrent}", "-r", $"{concurrent}"];
        var pressing = SippIvrCalls.CallReplayingPcapAsync(harness, pcap, load);
        var leaving = SippIvrCalls.RunAsync(harness, "uac-ivr-hangup.xml", load);
        foreach (var run in await Task.WhenAll(pressing, leaving))
        {
            Assert.True(run.ExitCode == 0 && run.SuccessfulCalls == calls, run.Describe());
        }
    }

    private static async Task WaitForQuietAsync(SipServerHarness harness)
    {
        var media = harness.Media!;
        await SipServerHarness.WaitUntilAsync(() => harness.Server.Calls.ActiveCalls.Count == 0, "no call is active", Settle);
        await SipServerHarness.WaitUntilAsync(() => harness.Server.B2bua.DialogCount == 0, "no dialog is tracked", Settle);
        await SipServerHarness.WaitUntilAsync(() => media.OpenEndpoints == 0, $"no RTP endpoint is open (now {media.OpenEndpoints})", Settle);
        await SipServerHarness.WaitUntilAsync(() => media.Ports.InUse == 0, $"no RTP port pair is leased (now {media.Ports.InUse})", Settle);
        await SipServerHarness.WaitUntilAsync(() => media.ActiveSessions == 0, $"no call session is on the media clock (now {media.ActiveSessions})", Settle);
    }

    private static async Task<List<string>> HandlesBackToAsync(int count)
    {
        var deadline = DateTime.UtcNow + Settle;
        var handles = OpenHandles();
        while (handles.Count > count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            handles = OpenHandles();
        }

        return handles;
    }

    /// <summary>What the process's file descriptors point at (socket:[inode], a path, anon_inode:...), pipes left out.</summary>
    private static List<string> OpenHandles()
    {
        var handles = new List<string>();
        foreach (var fd in Directory.GetFileSystemEntries("/proc/self/fd"))
        {
            try
            {
                if (new FileInfo(fd).LinkTarget is { } target && !target.StartsWith("pipe:", StringComparison.Ordinal))
                {
                    handles.Add(target);
                }
            }
            catch (IOException)
            {
                // Closed while listing (the listing's own handle, or a thread pool thread's).
            }
        }

        return handles;
    }
}
