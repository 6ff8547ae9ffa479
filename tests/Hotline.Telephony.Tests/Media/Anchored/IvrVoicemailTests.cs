using Hotline.Telephony.Calls;
using Hotline.Telephony.Ivr;
using Hotline.Telephony.Media.Audio;
using Hotline.Telephony.Media.Sessions;
using Hotline.Telephony.Tests.Peers;

namespace Hotline.Telephony.Tests.Media.Anchored;

/// <summary>
/// Voicemail on an anchored call: after the tone the platform records the caller alone into a mono WAV until #, or up
/// to the maximum length when the caller never presses it.
/// </summary>
[Trait("Category", "Integration")]
public sealed class IvrVoicemailTests
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task After_hours_the_12328_flow_records_a_message_until_hash()
    {
        await using var harness = AnchoredHarness.Start();
        var app = new IvrTestApplication(harness, DemoFlows.Load12328(), IvrTestApplication.AfterHours);
        await using var caller = new RawRtpCaller();
        var speech = new ToneGenerator(440, -12).Generate(TimeSpan.FromSeconds(2));

        var sipp = await SippIvrCalls.StartCallWithMediaFromAsync(harness, caller, telephoneEvent: true);
        var folder = Path.Combine(harness.DataFolder!, "voicemail");
        await SipServerHarness.WaitUntilAsync(
            () => Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.wav", SearchOption.AllDirectories).Any(),
            "the platform started recording the message (after the after-hours prompt and the tone)", RunTimeout);
        await caller.SendAudioAsync(speech);
        await caller.SendDigitAsync('#', TimeSpan.FromMilliseconds(100));
        var run = await sipp;

        Assert.True(run.ExitCode == 0, run.Describe());
        var outcome = await app.SingleOutcomeAsync(RunTimeout);
        Assert.True(outcome.Kind == IvrOutcomeKind.Voicemail, $"outcome {outcome.Kind} ({outcome.Reason}), path {outcome.PathText}");
        Assert.StartsWith("hours(closed)>afterHours>voicemail(recorded)", outcome.PathText, StringComparison.Ordinal);
        var message = Assert.IsType<IvrRecording>(outcome.Recording);
        Assert.Equal(message.FilePath, outcome.Variables["voicemailFile"]);
        Assert.StartsWith(folder, message.FilePath, StringComparison.Ordinal);
        var wav = WavReader.Read(message.FilePath);
        Assert.Equal(1, wav.Format.Channels);
        Assert.Equal(AudioFormat.SampleRate, wav.Format.SampleRate);
        Assert.Equal(message.Duration, wav.Duration);
        // Two seconds of "speech", plus the moment between the file appearing and the first frame, ended by # in RTP.
        Assert.InRange(wav.Duration, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3.5));
        Assert.InRange(IvrAssert.LoudFrames(wav.Samples, 1000), 95, 105);
        IvrAssert.OneDigit(harness, '#', DtmfSource.Rfc4733);
        var ended = await IvrAssert.CallEndedAndReleasedAsync(harness);
        Assert.Equal(CallEndCause.NormalClearing, ended.Cause);
    }

    [Fact]
    public async Task A_caller_who_never_presses_hash_is_recorded_up_to_the_maximum_length()
    {
        await using var harness = AnchoredHarness.Start();
        var app = new IvrTestApplication(harness, TestFlows.Voicemail(maxSeconds: 2), IvrTestApplication.BusinessHours);
        await using var caller = new RawRtpCaller();

        var sipp = await SippIvrCalls.StartCallWithMediaFromAsync(harness, caller, telephoneEvent: true);
        var run = await sipp;

        Assert.True(run.ExitCode == 0, run.Describe());
        var outcome = await app.SingleOutcomeAsync(RunTimeout);
        Assert.True(outcome.Kind == IvrOutcomeKind.Voicemail, $"outcome {outcome.Kind} ({outcome.Reason}), path {outcome.PathText}");
        var message = Assert.IsType<IvrRecording>(outcome.Recording);
        Assert.Equal(TimeSpan.FromSeconds(2), message.Duration);
        var wav = WavReader.Read(message.FilePath);
        Assert.Equal(TimeSpan.FromSeconds(2), wav.Duration);
        Assert.True(IvrAssert.Rms(wav.Samples) < 10, "the caller sent silence, so the message is silent");
        Assert.Empty(harness.Events.OfType<DtmfReceived>());
        await IvrAssert.CallEndedAndReleasedAsync(harness);
    }
}
