using System.Globalization;
using Hotline.Telephony.Tests.Peers;

namespace Hotline.Telephony.Tests.Media.Anchored;

/// <summary>sipp as the citizen who calls 12328 in the anchored IVR tests: the scenarios under TestData/sipp named uac-ivr-*.</summary>
internal static class SippIvrCalls
{
    /// <summary>Where Debian's sip-tester installs its RFC 4733 sample captures (PT 101), one per key.</summary>
    public const string PcapFolder = "/usr/share/sip-tester";

    /// <summary>How long one sipp run may take before it counts as failed.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    /// <summary>sipp's own RFC 4733 capture of <paramref name="key"/> ('0'–'9').</summary>
    public static string PublishedPcap(char key)
    {
        var path = Path.Combine(PcapFolder, $"dtmf_2833_{key}.pcap");
        Assert.True(File.Exists(path), $"{path} is missing: run ./hotline setup (Debian package sip-tester)");
        return path;
    }

    /// <summary>Runs a scenario from TestData/sipp against the harness's service number.</summary>
    public static Task<SippRun> RunAsync(SipServerHarness harness, string scenario, IEnumerable<string> arguments) =>
        Sipp.RunAsync(scenario, harness.Target,
            ["-s", "12328", "-p", Port(LoopbackPorts.Next()), "-mp", Port(LoopbackPorts.Next()), .. arguments], Limit);

    /// <summary>Calls (once unless <paramref name="arguments"/> say otherwise) and replays <paramref name="pcap"/> as the caller's RTP once answered.</summary>
    public static async Task<SippRun> CallReplayingPcapAsync(SipServerHarness harness, string pcap, params string[] arguments)
    {
        // sipp looks for the capture next to the scenario, so both go into a folder of their own.
        var folder = Directory.CreateTempSubdirectory("hotline-sipp-pcap-").FullName;
        try
        {
            var scenario = Path.Combine(folder, "uac-ivr-pcap-dtmf.xml");
            File.Copy(Path.Combine(AppContext.BaseDirectory, "TestData", "sipp", "uac-ivr-pcap-dtmf.xml"), scenario);
            File.Copy(pcap, Path.Combine(folder, "caller-dtmf.pcap"));
            return await RunAsync(harness, scenario, arguments.Length == 0 ? ["-m", "1"] : arguments);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>One call whose media is <paramref name="caller"/>'s socket; it offers telephone-event (PT 101) only when asked.</summary>
    public static Task<SippRun> CallWithMediaFromAsync(SipServerHarness harness, RawRtpCaller caller, bool telephoneEvent)
    {
        var pt = RawRtpCaller.TelephoneEventPayloadType.ToString(CultureInfo.InvariantCulture);
        return RunAsync(harness, "uac-ivr-external-media.xml",
        [
            "-m", "1",
            "-key", "rtp_port", Port(caller.Port),
            "-key", "formats", telephoneEvent ? $"0 {pt}" : "0",
            "-key", "te_rtpmap", telephoneEvent ? $"a=rtpmap:{pt} telephone-event/8000" : "a=ptime:20",
        ]);
    }

    /// <summary>
    /// Starts <see cref="CallWithMediaFromAsync"/> and returns once the platform answered (its RTP reached the caller) and
    /// the caller streams its 20 ms frames; the returned task completes with the sipp run.
    /// </summary>
    public static async Task<Task<SippRun>> StartCallWithMediaFromAsync(SipServerHarness harness, RawRtpCaller caller, bool telephoneEvent)
    {
        var sipp = CallWithMediaFromAsync(harness, caller, telephoneEvent);
        await caller.WaitForPlatformAsync(Limit);
        caller.StartSending();
        return sipp;
    }

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);
}
