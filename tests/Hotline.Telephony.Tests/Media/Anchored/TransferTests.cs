using Hotline.Telephony.Calls;
using Hotline.Telephony.Media.Audio;
using Hotline.Telephony.Tests.Peers;

namespace Hotline.Telephony.Tests.Media.Anchored;

/// <summary>
/// Blind transfer by the platform on a real call, told apart by tone (<see cref="PartyTones"/>; the agent the call moves
/// to sends the third party's tone). The citizen's phone never sees a re-INVITE; one recording covers the whole call.
/// </summary>
[Trait("Category", "Integration")]
public sealed class TransferTests
{
    private const int SecondAgent = PartyTones.ThirdParty;

    [Fact]
    public async Task After_a_blind_transfer_the_caller_hears_the_new_agent_and_one_recording_spans_the_call()
    {
        await using var phones = AnchoredPhones.Start();
        var (citizen, first, callId) = await phones.StartToneCallAsync();
        var second = await phones.StartExtensionAsync("8003", BaresipAudio.RecordingSine(SecondAgent));

        var before = await HeardAudio.ListenAsync(citizen, first);
        var result = await phones.Calls.TransferAsync(
            callId, new CallTarget.Extension("8003"), AnchoredPhones.RingTimeout, TestContext.Current.CancellationToken);
        AnchoredPhones.AssertAnswered(result, "8003");
        await second.WaitForEventAsync("CALL_ESTABLISHED");
        await first.WaitForEventAsync("CALL_CLOSED");
        var after = await HeardAudio.ListenAsync(citizen, second);
        var ended = await phones.HangUpAsync(citizen, callId);
        phones.LogMediaHealth(ended);

        HearingAssert.Hears(before.Of(citizen), PartyTones.Agent, "the citizen before the transfer");
        HearingAssert.Hears(before.Of(first), PartyTones.Citizen, "the first agent");
        HearingAssert.Hears(after.Of(citizen), SecondAgent, "the citizen after the transfer");
        HearingAssert.DoesNotHear(after.Of(citizen), PartyTones.Agent, "the citizen after the transfer");
        HearingAssert.Hears(after.Of(second), PartyTones.Citizen, "the second agent");
        Assert.Equal(1, citizen.Events.Count(e => e.Type == "CALL_ESTABLISHED"));
        Assert.Contains(phones.Harness.Events.OfType<CallTransferred>(), e => e.CallId == callId && e.To.Number == "8003");

        AssertOneRecordingSpansTheCall(phones, ended);
    }

    private static void AssertOneRecordingSpansTheCall(AnchoredPhones phones, CallEnded ended)
    {
        var recording = AnchoredPhones.ReadRecording(ended);
        var files = Directory.GetFiles(Path.Combine(phones.DataFolder, "recordings"), "*.wav", SearchOption.AllDirectories);
        Assert.Equal(ended.Media!.Recording!.FilePath, Assert.Single(files));
        var left = recording.Channel(0);
        var right = recording.Channel(1);

        // Right: the first agent's tone, then the second's, never the other way round or together.
        var firstLevels = ToneLevel.BlockAmplitudes(right, PartyTones.Agent);
        var secondLevels = ToneLevel.BlockAmplitudes(right, SecondAgent);
        var lastFirst = Array.FindLastIndex(firstLevels, a => a >= HearingAssert.PresentAmplitude);
        var firstSecond = Array.FindIndex(secondLevels, a => a >= HearingAssert.PresentAmplitude);
        var block = AudioFormat.DurationOf(ToneLevel.BlockSamples);
        HearingAssert.Log($"recording {recording.Duration.TotalMilliseconds:F0} ms: the first agent until {((lastFirst + 1) * block).TotalMilliseconds:F0} ms, the second from {(firstSecond * block).TotalMilliseconds:F0} ms");
        Assert.True(lastFirst >= 0 && firstSecond > lastFirst, $"the first agent (last heard in block {lastFirst}) should come before the second (first in block {firstSecond})");
        Assert.True((lastFirst + 1) * block >= HeardAudio.Stretch, "the recording holds the first agent for the time they talked");
        Assert.True((secondLevels.Length - firstSecond) * block >= HeardAudio.Stretch, "the recording holds the second agent for the time they talked");
        var split = firstSecond * ToneLevel.BlockSamples;
        HearingAssert.Hears(left[..split], PartyTones.Citizen, "the recording's left channel with the first agent");
        HearingAssert.Hears(left[split..], PartyTones.Citizen, "the recording's left channel with the second agent");
    }
}
