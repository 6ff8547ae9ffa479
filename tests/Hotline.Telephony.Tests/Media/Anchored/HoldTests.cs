using Hotline.Telephony.Calls;
using Hotline.Telephony.Media.Audio;
using Hotline.Telephony.Tests.Media.Audio;

namespace Hotline.Telephony.Tests.Media.Anchored;

/// <summary>
/// Hold by the platform on a real bridged call, told apart by tone (<see cref="PartyTones"/>). On hold the citizen hears
/// music, the agent silence, and the recording keeps neither (ConferenceRecordingChannels: a party on hold is silent on
/// its channel, music on hold is never recorded).
/// </summary>
[Trait("Category", "Integration")]
public sealed class HoldTests
{
    // The notes of the platform's generated music on hold; it plays at −24 dBm0 (amplitude about 1400), a note at a time.
    private static readonly double[] MusicNotes = [440.00, 523.25, 659.25, 783.99];
    private const double MusicLevel = 500;

    [Fact]
    public async Task On_hold_the_caller_hears_music_the_agent_silence_and_the_recording_neither()
    {
        await using var phones = AnchoredPhones.Start();
        var (citizen, agent, callId) = await phones.StartToneCallAsync();
        var ct = TestContext.Current.CancellationToken;

        var talking = await HeardAudio.ListenAsync(citizen, agent);
        await phones.Calls.HoldAsync(callId, ct);
        var held = await HeardAudio.ListenAsync(citizen, agent);
        await phones.Calls.ResumeAsync(callId, ct);
        var resumed = await HeardAudio.ListenAsync(citizen, agent);
        var ended = await phones.HangUpAsync(citizen, callId);
        phones.LogMediaHealth(ended);

        foreach (var (stretch, name) in new[] { (talking, "before the hold"), (resumed, "after the hold") })
        {
            HearingAssert.Hears(stretch.Of(citizen), PartyTones.Agent, $"the citizen {name}");
            HearingAssert.Hears(stretch.Of(agent), PartyTones.Citizen, $"the agent {name}");
        }

        HearingAssert.IsAudible(held.Of(citizen), "the citizen on hold (music)");
        HearingAssert.DoesNotHear(held.Of(citizen), PartyTones.Agent, "the citizen on hold");
        var music = MusicNotes.Sum(note => ToneLevel.Mean(held.Of(citizen), note));
        HearingAssert.Log($"the citizen on hold: music notes' mean amplitudes add up to {music:F0}");
        Assert.True(music >= MusicLevel, $"what the citizen hears on hold should be the music's notes; their mean amplitudes add up to {music:F0} only");
        HearingAssert.IsSilent(held.Of(agent), "the agent on hold");

        AssertRecordingSilentWhileHeld(phones, ended);
    }

    private static void AssertRecordingSilentWhileHeld(AnchoredPhones phones, CallEnded ended)
    {
        var recording = AnchoredPhones.ReadRecording(ended);
        var left = recording.Channel(0);
        var right = recording.Channel(1);
        var heldAt = Assert.Single(phones.Harness.Events.OfType<CallHeld>(), e => e.CallId == ended.CallId).At;
        var resumedAt = Assert.Single(phones.Harness.Events.OfType<CallResumed>(), e => e.CallId == ended.CallId).At;
        var heldFor = resumedAt - heldAt;

        // The hold is the longest stretch of 20 ms frames that are silent on both channels: had the music, the citizen or
        // the agent been recorded while held, there would be no such stretch as long as the hold.
        var silent = LongestSilence(left, right);
        HearingAssert.Log($"held for {heldFor.TotalMilliseconds:F0} ms; the recording is silent on both channels for {silent.Duration.TotalMilliseconds:F0} ms from {AudioFormat.DurationOf(silent.Start).TotalMilliseconds:F0} ms");
        Assert.InRange(silent.Duration, heldFor - TimeSpan.FromMilliseconds(500), heldFor + TimeSpan.FromMilliseconds(500));
        HearingAssert.Hears(left[..silent.Start], PartyTones.Citizen, "the recording's left channel before the hold");
        HearingAssert.Hears(right[..silent.Start], PartyTones.Agent, "the recording's right channel before the hold");
        HearingAssert.Hears(left[silent.End..], PartyTones.Citizen, "the recording's left channel after the hold");
        HearingAssert.Hears(right[silent.End..], PartyTones.Agent, "the recording's right channel after the hold");
    }

    private static SampleSpan LongestSilence(short[] left, short[] right)
    {
        var frames = Math.Min(left.Length, right.Length) / AudioFormat.FrameSamples;
        SampleSpan best = default;
        var start = -1;
        for (var f = 0; f <= frames; f++)
        {
            var quiet = f < frames
                && AudioTestHelpers.Rms(left.AsSpan(f * AudioFormat.FrameSamples, AudioFormat.FrameSamples)) < HearingAssert.SilentRms
                && AudioTestHelpers.Rms(right.AsSpan(f * AudioFormat.FrameSamples, AudioFormat.FrameSamples)) < HearingAssert.SilentRms;
            if (quiet && start < 0)
            {
                start = f;
            }
            else if (!quiet && start >= 0)
            {
                if ((f - start) * AudioFormat.FrameSamples > best.Length)
                {
                    best = new SampleSpan(start * AudioFormat.FrameSamples, (f - start) * AudioFormat.FrameSamples);
                }

                start = -1;
            }
        }

        return best;
    }
}
