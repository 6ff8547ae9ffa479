using Hotline.Telephony.Ivr;
using Hotline.Telephony.Media.Audio;
using Hotline.Telephony.Tests.Peers;

namespace Hotline.Telephony.Tests.Media.Anchored;

/// <summary>
/// Chinese text-to-speech into a real call: the platform answers a citizen's baresip itself and says a sentence through
/// the IVR channel (espeak-ng, voice cmn); the phone keeps what it hears.
/// </summary>
[Trait("Category", "Integration")]
public sealed class TtsPromptTests
{
    private const string Sentence = "您的工单已受理，请留意短信。";
    private const double LengthTolerance = 0.10;

    [Fact]
    public async Task A_sentence_the_platform_says_reaches_the_caller_whole()
    {
        await using var phones = AnchoredPhones.Start();
        var expected = await new EspeakTtsRenderer(new EspeakTtsOptions { CacheDirectory = Path.Combine(phones.DataFolder, "expected") })
            .RenderSamplesAsync(Sentence, TestContext.Current.CancellationToken);
        // The citizen's own 440 Hz tone must never come back to it: the platform plays only the prompt into the call.
        var citizen = await phones.StartCitizenAsync(BaresipAudio.RecordingSine(440));
        var callId = await phones.DialServiceNumberAsync(citizen);
        await phones.Calls.AnswerAsync(callId, TestContext.Current.CancellationToken);
        await citizen.WaitForEventAsync("CALL_ESTABLISHED");
        var before = citizen.HeardSampleCount;

        await phones.Calls.GetIvrChannel(callId).PlayAsync(IvrPrompt.Text(Sentence), interruptible: false, TestContext.Current.CancellationToken);
        // The last packets are still in the jitter buffers when the prompt ends.
        await Task.Delay(TimeSpan.FromMilliseconds(500), TestContext.Current.CancellationToken);
        var heard = citizen.ReadHeard(before);
        var ended = await phones.HangUpAsync(citizen, callId);
        phones.LogMediaHealth(ended);

        HearingAssert.IsAudible(heard, "the citizen during the prompt");
        HearingAssert.DoesNotHear(heard, 440, "the citizen (its own tone)");
        var got = SpeechActivity.Span(heard).Duration;
        var want = SpeechActivity.Span(expected).Duration;
        HearingAssert.Log($"prompt voiced {got.TotalMilliseconds:F0} ms, rendered {want.TotalMilliseconds:F0} ms");
        Assert.InRange(got / want, 1 - LengthTolerance, 1 + LengthTolerance);
        SpeechComparison.Of(heard, expected, "the citizen hears the prompt").AssertFaithful(0.95, LengthTolerance);
        // What the platform says is recorded on the agent side.
        var recording = AnchoredPhones.ReadRecording(ended);
        SpeechComparison.Of(recording.Channel(1), expected, "the recording's right channel").AssertFaithful(0.95, LengthTolerance);
    }
}
