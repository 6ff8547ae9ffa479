using Hotline.Telephony.Tests.Peers;

namespace Hotline.Telephony.Tests.Media.Anchored;

/// <summary>
/// Real speech end to end: a citizen's baresip and an agent's baresip each play a Chinese sentence (espeak-ng, voice cmn)
/// into a call the platform bridges with anchored media; each phone keeps what it sends and hears, and the platform
/// records the call.
/// </summary>
/// <remarks>
/// What a phone sent is taken from its own encoder input (sndfile's encode dump): that is what went on the wire, so a
/// hiccup of baresip's file player on a loaded machine is not blamed on the platform. How closely that matches the
/// WAV file is logged too.
/// </remarks>
[Trait("Category", "Integration")]
public sealed class SpeechBridgeTests
{
    private const string CitizenSays = "我要投诉出租车绕路。";
    private const string AgentSays = "您好，请问有什么可以帮您？";
    private const double MinimumCorrelation = 0.95;
    private const double DurationTolerance = 0.05;

    // Both phones start sending when they answer or are answered; the silence before lets both calls be up before the
    // speech, the silence after lets the other side's speech arrive before the first file ends and baresip hangs up.
    private static readonly TimeSpan Leading = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Trailing = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Speech_crosses_the_bridge_both_ways_unchanged_and_the_recording_holds_each_voice_on_its_side()
    {
        await using var phones = AnchoredPhones.Start();
        var citizenClip = await SpeechClip.RenderAsync(CitizenSays, phones.DataFolder, Leading, Trailing);
        var agentClip = await SpeechClip.RenderAsync(AgentSays, phones.DataFolder, Leading, Trailing);
        var citizen = await phones.StartCitizenAsync(BaresipAudio.RecordingFile(citizenClip.SourceFile));
        var agent = await phones.StartExtensionAsync("8002", BaresipAudio.RecordingFile(agentClip.SourceFile));

        var callId = await phones.BridgeAsync(citizen, agent);
        // aufile hangs up when the first of the two files ends.
        var ended = await phones.WaitForEndAsync(callId, TimeSpan.FromSeconds(30));
        await citizen.WaitForEventAsync("CALL_CLOSED");
        await agent.WaitForEventAsync("CALL_CLOSED");
        phones.LogMediaHealth(ended);

        var citizenSent = citizen.ReadSent();
        var agentSent = agent.ReadSent();
        SpeechComparison.Of(citizenSent, citizenClip.Speech, "the citizen's phone sends its file");
        SpeechComparison.Of(agentSent, agentClip.Speech, "the agent's phone sends its file");
        var recording = AnchoredPhones.ReadRecording(ended);
        var left = recording.Channel(0);
        SpeechComparison[] paths =
        [
            SpeechComparison.Of(agent.ReadHeard(), citizenSent, "the agent hears the citizen"),
            SpeechComparison.Of(citizen.ReadHeard(), agentSent, "the citizen hears the agent"),
            SpeechComparison.Of(left, citizenSent, "the recording's left channel holds the citizen"),
            SpeechComparison.Of(recording.Channel(1), agentSent, "the recording's right channel holds the agent"),
        ];
        var crossed = AudioCorrelation.BestMatch(SpeechActivity.Trim(agentSent), left);
        HearingAssert.Log($"the agent's speech against the left channel: {crossed.Coefficient:F4}");

        Assert.All(paths, path => path.AssertFaithful(MinimumCorrelation, DurationTolerance));
        Assert.True(crossed.Coefficient < 0.5, $"the left channel should hold the citizen only, yet matches the agent's speech at {crossed.Coefficient:F4}");
    }
}
