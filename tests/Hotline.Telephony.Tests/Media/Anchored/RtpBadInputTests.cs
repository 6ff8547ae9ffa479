using Hotline.Telephony.Calls;
using Hotline.Telephony.Ivr;
using Hotline.Telephony.Media.Audio;
using Hotline.Telephony.Media.Dtmf;
using Hotline.Telephony.Media.Rtp;
using Hotline.Telephony.Media.Sessions;
using Hotline.Telephony.Tests.Peers;

namespace Hotline.Telephony.Tests.Media.Anchored;

/// <summary>
/// What a hostile or broken network does to a caller's media on an anchored call: packets from another address after
/// latching, garbage on the RTP and RTCP ports, payload types nobody negotiated, loss, reordering and duplication, and a
/// phone that sends nothing at all. Calls keep working (the keys still arrive) or end with a cause that says why.
/// </summary>
[Trait("Category", "Integration")]
public sealed class RtpBadInputTests
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Foreign_garbled_and_mislabelled_packets_are_dropped_and_keys_still_route_the_menu()
    {
        await using var harness = AnchoredHarness.Start();
        var app = new IvrTestApplication(harness, DemoFlows.Load12328(), IvrTestApplication.BusinessHours);
        await using var caller = new RawRtpCaller();
        var loud = new ToneGenerator(1000, -6).Generate(TimeSpan.FromSeconds(1));
        byte[][] garbledRtp = GarbledRtp();
        byte[][] garbledRtcp = GarbledRtcp();

        var sipp = await SippIvrCalls.StartCallWithMediaFromAsync(harness, caller, telephoneEvent: true);
        await caller.SendAudioAsync(new short[AudioFormat.SampleRate / 2]);
        caller.SendFromAnotherSource(loud);
        foreach (var datagram in garbledRtp)
        {
            caller.SendRaw(datagram);
        }

        foreach (var datagram in garbledRtcp)
        {
            caller.SendRaw(datagram, toRtcp: true);
        }

        // PCMA, comfort noise and an undefined type: none was negotiated, so none may be played or recorded.
        await caller.SendAudioAsync(loud[..4000], payloadType: 8);
        await caller.SendAudioAsync(loud[..1600], payloadType: 13);
        await caller.SendAudioAsync(loud[..1600], payloadType: 127);
        await caller.SendDigitAsync('1', TimeSpan.FromMilliseconds(100));
        var run = await sipp;

        Assert.True(run.ExitCode == 0, run.Describe());
        IvrAssert.RoutedByMenu(await app.SingleOutcomeAsync(RunTimeout), '1', "complaints", "complaint", 5);
        IvrAssert.OneDigit(harness, '1', DtmfSource.Rfc4733);
        var ended = await IvrAssert.CallEndedAndReleasedAsync(harness);
        Assert.Equal(CallEndCause.NormalClearing, ended.Cause);
        var quality = Assert.Single(ended.Media!.Legs).Quality;
        Assert.Equal(loud.Length / AudioFormat.FrameSamples, quality.PacketsFromOtherSources);
        Assert.Equal(garbledRtp.Length + garbledRtcp.Length, quality.MalformedPackets);
        var recording = WavReader.Read(Assert.IsType<RecordingInfo>(ended.Media.Recording).FilePath);
        Assert.True(IvrAssert.Rms(recording.Channel(0)) < 10, "the caller's channel holds only the caller's silence, none of the foreign or mislabelled tones");
        Assert.True(IvrAssert.Rms(recording.Channel(1)) > 100, "the platform's side holds the prompts");
    }

    [Fact]
    public async Task Tones_crossing_a_lossy_reordering_duplicating_network_still_give_every_key_and_the_audio()
    {
        await using var harness = AnchoredHarness.Start();
        var app = new IvrTestApplication(harness, TestFlows.KeyEntry(), IvrTestApplication.BusinessHours);
        await using var caller = new RawRtpCaller();
        var impairment = new RtpImpairment(seed: 4733, loss: 0.05, duplication: 0.05, reordering: 0.05);
        var tone = TimeSpan.FromMilliseconds(200);

        var sipp = await SippIvrCalls.StartCallWithMediaFromAsync(harness, caller, telephoneEvent: false);
        await caller.SendAudioAsync(new short[AudioFormat.SampleRate]);
        caller.Impair(impairment);
        await caller.SendAudioAsync(DtmfToneGenerator.Generate("1234567890", tone, tone));
        caller.Impair(null);
        // The # that ends the entry (and the call) crosses a clean network, so every damaged packet is followed by one that arrives.
        await caller.SendAudioAsync(DtmfToneGenerator.Generate("#", tone, tone));
        var run = await sipp;

        Assert.True(run.ExitCode == 0, run.Describe());
        var outcome = await app.SingleOutcomeAsync(RunTimeout);
        Assert.Equal("1234567890", outcome.Variables["entered"]);
        Assert.Equal("entered", outcome.Reason);
        Assert.Equal("1234567890#", string.Concat(harness.Events.OfType<DtmfReceived>().Select(d => d.Digit)));
        Assert.All(harness.Events.OfType<DtmfReceived>(), d => Assert.Equal(DtmfSource.InBand, d.Source));
        var ended = await IvrAssert.CallEndedAndReleasedAsync(harness);
        var quality = Assert.Single(ended.Media!.Legs).Quality;
        Assert.True(impairment.Dropped > 0 && impairment.Duplicated > 0 && impairment.Reordered > 0, $"the network did its damage: {impairment.Dropped} lost, {impairment.Duplicated} twice, {impairment.Reordered} late");
        Assert.Equal(impairment.Dropped, quality.PacketsLost);
        Assert.Equal(impairment.Duplicated, quality.Duplicates);
        Assert.True(quality.Reordered >= impairment.Reordered, $"{impairment.Reordered} held back, report {quality}");
        // The caller's side of the recording carries the ten tones (10 × 200 ms, less what the network lost) and the start of #.
        var recording = WavReader.Read(Assert.IsType<RecordingInfo>(ended.Media.Recording).FilePath);
        var toneFrames = 10 * (int)(tone / AudioFormat.FrameDuration);
        Assert.InRange(IvrAssert.LoudFrames(recording.Channel(0), 1000), toneFrames - impairment.Dropped, toneFrames + 20);
    }

    [Fact]
    public async Task Rfc4733_keys_crossing_a_lossy_reordering_duplicating_network_arrive_once_each()
    {
        await using var harness = AnchoredHarness.Start();
        var app = new IvrTestApplication(harness, TestFlows.KeyEntry(), IvrTestApplication.BusinessHours);
        await using var caller = new RawRtpCaller();
        var impairment = new RtpImpairment(seed: 2833, loss: 0.1, duplication: 0.1, reordering: 0.1);

        var sipp = await SippIvrCalls.StartCallWithMediaFromAsync(harness, caller, telephoneEvent: true);
        await caller.SendAudioAsync(new short[AudioFormat.SampleRate]);
        caller.Impair(impairment);
        foreach (var key in "1234567890#")
        {
            await caller.SendDigitAsync(key, TimeSpan.FromMilliseconds(120));
            await caller.SendAudioAsync(new short[AudioFormat.SampleRate / 10]);
        }

        caller.Impair(null);
        var run = await sipp;

        Assert.True(run.ExitCode == 0, run.Describe());
        var outcome = await app.SingleOutcomeAsync(RunTimeout);
        Assert.Equal("1234567890", outcome.Variables["entered"]);
        Assert.Equal("1234567890#", string.Concat(harness.Events.OfType<DtmfReceived>().Select(d => d.Digit)));
        Assert.All(harness.Events.OfType<DtmfReceived>(), d => Assert.Equal(DtmfSource.Rfc4733, d.Source));
        Assert.True(impairment.Dropped > 0 && impairment.Duplicated > 0 && impairment.Reordered > 0, $"the network did its damage: {impairment.Dropped} lost, {impairment.Duplicated} twice, {impairment.Reordered} late");
        await IvrAssert.CallEndedAndReleasedAsync(harness);
    }

    [Fact]
    public async Task A_caller_that_never_sends_media_is_hung_up_with_a_cause_that_says_so()
    {
        await using var harness = AnchoredHarness.Start(o => o with { MediaTimeout = TimeSpan.FromSeconds(2) });
        var app = new IvrTestApplication(harness, DemoFlows.Load12328(), IvrTestApplication.BusinessHours);
        await using var caller = new RawRtpCaller();

        var run = await SippIvrCalls.CallWithMediaFromAsync(harness, caller, telephoneEvent: true);

        Assert.True(run.ExitCode == 0, run.Describe());
        var ended = await IvrAssert.CallEndedAndReleasedAsync(harness);
        Assert.Equal(CallEndCause.Failure, ended.Cause);
        Assert.Contains("no media from 13800138000", ended.Reason, StringComparison.Ordinal);
        Assert.True(caller.PacketsFromPlatform > 0, "the platform did send the welcome prompt");
        Assert.Equal(0, Assert.Single(ended.Media!.Legs).Quality.PacketsReceived);
        await app.WaitForRunsAsync(1, RunTimeout);
        Assert.Empty(app.Failures);
        Assert.True(
            app.Outcomes.Values.All(o => o.Kind == IvrOutcomeKind.CallerHungUp) && app.Outcomes.Count + app.CutShort.Count == 1,
            "the IVR run stopped because the call ended");
    }

    [Fact]
    public async Task A_caller_left_ringing_longer_than_the_media_timeout_is_not_hung_up_before_the_answer()
    {
        // Phones send no RTP before the 200 OK, so silence while the application lets the call ring is no fault.
        await using var harness = AnchoredHarness.Start(o => o with { MediaTimeout = TimeSpan.FromSeconds(1) });
        var calls = harness.Server.Calls;
        var answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        calls.CallEvent += e =>
        {
            if (e is IncomingCall incoming)
            {
                _ = Task.Run(async () =>
                {
                    await calls.RingAsync(incoming.CallId);
                    await Task.Delay(TimeSpan.FromSeconds(3));
                    await calls.AnswerAsync(incoming.CallId);
                    answered.SetResult();
                });
            }
        };
        await using var caller = new RawRtpCaller();

        var run = await SippIvrCalls.CallWithMediaFromAsync(harness, caller, telephoneEvent: true);

        Assert.True(run.ExitCode == 0, run.Describe());
        await answered.Task.WaitAsync(RunTimeout, TestContext.Current.CancellationToken);
        var ended = await IvrAssert.CallEndedAndReleasedAsync(harness);
        Assert.Contains(harness.Events, e => e is CallAnsweredByPlatform);
        Assert.Equal(CallEndCause.Failure, ended.Cause);
        Assert.Contains("no media from 13800138000", ended.Reason, StringComparison.Ordinal);
    }

    // Datagrams on the RTP port that no RTP parser may accept.
    private static byte[][] GarbledRtp()
    {
        var tooShort = new byte[] { 0x80, 0x00, 0x01 };
        var versionOne = new byte[172];
        versionOne[0] = 0x40;
        var csrcsMissing = new byte[20];
        csrcsMissing[0] = 0x8F;
        var extensionOverrun = new byte[24];
        extensionOverrun[0] = 0x90;
        extensionOverrun[14] = 0xFF;
        extensionOverrun[15] = 0xFF;
        var paddingOverrun = new byte[40];
        paddingOverrun[0] = 0xA0;
        paddingOverrun[^1] = 200;
        byte[][] all = [tooShort, versionOne, csrcsMissing, extensionOverrun, paddingOverrun];
        Assert.All(all, d => Assert.NotEqual(RtpParseStatus.Ok, RtpPacketView.Parse(d, out _)));
        return all;
    }

    // Datagrams on the RTCP port that are not RTCP.
    private static byte[][] GarbledRtcp()
    {
        var tooShort = new byte[] { 0x81, 0xC8 };
        var versionOne = new byte[28];
        versionOne[0] = 0x40;
        versionOne[1] = 200;
        versionOne[3] = 6;
        var lengthOverrun = new byte[28];
        lengthOverrun[0] = 0x80;
        lengthOverrun[1] = 201;
        lengthOverrun[3] = 100;
        byte[][] all = [tooShort, versionOne, lengthOverrun];
        Assert.All(all, d => Assert.False(RtcpCompoundPacket.Parse(d, allowReducedSize: true).IsValid));
        return all;
    }
}
