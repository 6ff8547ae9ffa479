using Hotline.Telephony.Calls;
using Hotline.Telephony.Media.Audio;
using Hotline.Telephony.Tests.Peers;

namespace Hotline.Telephony.Tests.Media.Anchored;

/// <summary>
/// Who hears whom in a three-way call and under a supervisor's listen, whisper and barge, on real phones: each party's
/// baresip sends its own tone (<see cref="PartyTones"/>), and what each phone hears is told apart by frequency.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ConferenceTests
{
    [Fact]
    public async Task In_a_three_way_call_everyone_hears_the_other_two_and_nobody_hears_themselves()
    {
        await using var phones = AnchoredPhones.Start();
        var (citizen, agent, callId) = await phones.StartToneCallAsync();
        var third = await phones.StartExtensionAsync("8003", BaresipAudio.RecordingSine(PartyTones.ThirdParty));

        var result = await phones.Calls.AddPartyAsync(
            callId, new CallTarget.Extension("8003"), AnchoredPhones.RingTimeout, TestContext.Current.CancellationToken);
        AnchoredPhones.AssertAnswered(result, "8003");
        await third.WaitForEventAsync("CALL_ESTABLISHED");
        var heard = await HeardAudio.ListenAsync(citizen, agent, third);
        var ended = await phones.HangUpAsync(citizen, callId);
        phones.LogMediaHealth(ended);

        AssertHearing(heard.Of(citizen), "the citizen", hears: [PartyTones.Agent, PartyTones.ThirdParty], not: [PartyTones.Citizen]);
        AssertHearing(heard.Of(agent), "the agent", hears: [PartyTones.Citizen, PartyTones.ThirdParty], not: [PartyTones.Agent]);
        AssertHearing(heard.Of(third), "the third party", hears: [PartyTones.Citizen, PartyTones.Agent], not: [PartyTones.ThirdParty]);
        await third.WaitForEventAsync("CALL_CLOSED");

        // The agent side of the recording holds the agent and the third party together while they were all in the call.
        var right = AnchoredPhones.ReadRecording(ended).Channel(1);
        var together = BlocksWithBoth(right, PartyTones.Agent, PartyTones.ThirdParty);
        HearingAssert.Log($"the recording's right channel holds the agent and the third party together for {together.TotalMilliseconds:F0} ms");
        Assert.True(together >= HeardAudio.Stretch / 2, $"the right channel should hold the agent and the third party together for at least {HeardAudio.Stretch / 2}, did for {together}");
        HearingAssert.DoesNotHear(right, PartyTones.Citizen, "the recording's right channel (the citizen is on the left)");
    }

    [Fact]
    public async Task A_supervisor_listens_unheard_whispers_to_the_agent_only_and_barges_in_for_all()
    {
        await using var phones = AnchoredPhones.Start();
        var (citizen, agent, callId) = await phones.StartToneCallAsync();
        var supervisor = await phones.StartExtensionAsync("8004", BaresipAudio.RecordingSine(PartyTones.Supervisor));
        var ct = TestContext.Current.CancellationToken;

        var result = await phones.Calls.MonitorAsync(callId, new CallTarget.Extension("8004"), MonitorMode.Listen, AnchoredPhones.RingTimeout, ct);
        AnchoredPhones.AssertAnswered(result, "8004");
        await supervisor.WaitForEventAsync("CALL_ESTABLISHED");
        var listen = await HeardAudio.ListenAsync(citizen, agent, supervisor);
        await phones.Calls.SetMonitorModeAsync(callId, "8004", MonitorMode.Whisper, ct);
        var whisper = await HeardAudio.ListenAsync(citizen, agent, supervisor);
        await phones.Calls.SetMonitorModeAsync(callId, "8004", MonitorMode.Barge, ct);
        var bargedAt = DateTimeOffset.UtcNow;
        var barge = await HeardAudio.ListenAsync(citizen, agent, supervisor);
        var ended = await phones.HangUpAsync(citizen, callId);
        phones.LogMediaHealth(ended);
        var bargedFor = ended.At - bargedAt;

        var both = new[] { PartyTones.Citizen, PartyTones.Agent };
        AssertHearing(listen.Of(supervisor), "the supervisor listening", hears: both, not: []);
        AssertHearing(listen.Of(citizen), "the citizen while the supervisor listens", hears: [PartyTones.Agent], not: [PartyTones.Supervisor]);
        AssertHearing(listen.Of(agent), "the agent while the supervisor listens", hears: [PartyTones.Citizen], not: [PartyTones.Supervisor]);

        AssertHearing(whisper.Of(supervisor), "the supervisor whispering", hears: both, not: []);
        AssertHearing(whisper.Of(citizen), "the citizen while the supervisor whispers", hears: [PartyTones.Agent], not: [PartyTones.Supervisor]);
        AssertHearing(whisper.Of(agent), "the agent while the supervisor whispers", hears: [PartyTones.Citizen, PartyTones.Supervisor], not: []);

        AssertHearing(barge.Of(supervisor), "the supervisor barging in", hears: both, not: []);
        AssertHearing(barge.Of(citizen), "the citizen after the barge-in", hears: [PartyTones.Agent, PartyTones.Supervisor], not: []);
        AssertHearing(barge.Of(agent), "the agent after the barge-in", hears: [PartyTones.Citizen, PartyTones.Supervisor], not: []);

        // Only the barge-in is part of the conversation: listening and whispering stay out of the recording.
        var right = AnchoredPhones.ReadRecording(ended).Channel(1);
        var recorded = ToneLevel.BlockAmplitudes(right, PartyTones.Supervisor).Count(a => a >= HearingAssert.PresentAmplitude)
            * AudioFormat.DurationOf(ToneLevel.BlockSamples);
        HearingAssert.Log($"the supervisor is on the recording for {recorded.TotalMilliseconds:F0} ms; barged in for {bargedFor.TotalMilliseconds:F0} ms");
        Assert.InRange(recorded, HeardAudio.Stretch, bargedFor + TimeSpan.FromMilliseconds(500));
    }

    private static void AssertHearing(short[] heard, string who, int[] hears, int[] not)
    {
        foreach (var tone in hears)
        {
            HearingAssert.Hears(heard, tone, who);
        }

        foreach (var tone in not)
        {
            HearingAssert.DoesNotHear(heard, tone, who);
        }
    }

    private static TimeSpan BlocksWithBoth(short[] samples, int a, int b)
    {
        var first = ToneLevel.BlockAmplitudes(samples, a);
        var second = ToneLevel.BlockAmplitudes(samples, b);
        var count = first.Zip(second).Count(p => p.First >= HearingAssert.PresentAmplitude && p.Second >= HearingAssert.PresentAmplitude);
        return count * AudioFormat.DurationOf(ToneLevel.BlockSamples);
    }
}
