using Hotline.Telephony.Calls;
using Hotline.Telephony.Media.Audio;
using Hotline.Telephony.Sip.Auth;
using Hotline.Telephony.Tests.Peers;

namespace Hotline.Telephony.Tests.Media.Anchored;

/// <summary>Calls the platform places (click-to-dial) with real baresip phones: the agent's phone first, then the destination.</summary>
[Trait("Category", "Integration")]
public sealed class OriginateTests
{
    private static readonly TimeSpan RingTimeout = TimeSpan.FromSeconds(10);

    private static SipServerHarness StartServer() => SipServerHarness.StartAnchored(o =>
    {
        o.DigestAlgorithms.Clear();
        o.DigestAlgorithms.Add(DigestAlgorithm.Md5);
    });

    [Fact]
    public async Task Agent_phone_rings_first_then_the_destination_is_connected_and_recorded()
    {
        await using var harness = StartServer();
        await using var agent = await Baresip.StartAsync(new BaresipAccount("8002", "demo-8002", harness.Port, AnswerMode: "auto"));
        await using var citizen = await Baresip.StartAsync(new BaresipAccount("8003", "demo-8003", harness.Port, AnswerMode: "auto"));
        await agent.WaitForEventAsync("REGISTER_OK");
        await citizen.WaitForEventAsync("REGISTER_OK");
        var calls = harness.Server.Calls;

        var first = await calls.OriginateAsync(
            "click-1", new CallTarget.Extension("8002"), new CallParty("8003", null, "8003"), new CallParty("12328", null, "12328"),
            RingTimeout, TestContext.Current.CancellationToken);
        Assert.True(first.IsAnswered, $"{first.Outcome} {first.SipStatus} {first.Reason}");
        var incoming = await agent.WaitForEventAsync("CALL_ESTABLISHED");
        Assert.Contains("8003", incoming.Param ?? incoming.ToString(), StringComparison.Ordinal);

        var second = await calls.BridgeAsync("click-1", new CallTarget.Extension("8003"), RingTimeout, TestContext.Current.CancellationToken);
        Assert.True(second.IsAnswered, $"{second.Outcome} {second.SipStatus} {second.Reason}");
        await citizen.WaitForEventAsync("CALL_ESTABLISHED");
        Assert.Contains(citizen.Describe().Split('\n'), line => line.StartsWith("From:", StringComparison.Ordinal) && line.Contains("12328", StringComparison.Ordinal));
        await Task.Delay(TimeSpan.FromSeconds(1.5), TestContext.Current.CancellationToken);

        await agent.HangupAsync();
        await citizen.WaitForEventAsync("CALL_CLOSED");
        await SipServerHarness.WaitUntilAsync(() => harness.Events.OfType<CallEnded>().Any(), "the call ended");
        var ended = Assert.Single(harness.Events.OfType<CallEnded>());
        Assert.Equal("click-1", ended.CallId);
        Assert.Equal(CallEndCause.NormalClearing, ended.Cause);
        var recording = Assert.IsType<RecordingInfo>(ended.Media?.Recording);
        Assert.True(recording.Duration > TimeSpan.FromSeconds(1), $"recorded {recording.Duration}");
        await SipServerHarness.WaitUntilAsync(() => harness.Media!.OpenEndpoints == 0, "the endpoints are closed");
    }

    [Fact]
    public async Task An_agent_phone_that_is_not_registered_ends_the_placed_call_at_once()
    {
        await using var harness = StartServer();

        var result = await harness.Server.Calls.OriginateAsync(
            "click-2", new CallTarget.Extension("8009"), new CallParty("8003", null, "8003"), new CallParty("12328", null, "12328"),
            RingTimeout, TestContext.Current.CancellationToken);

        Assert.Equal(BridgeOutcome.Unreachable, result.Outcome);
        Assert.Empty(harness.Server.Calls.ActiveCalls);
    }
}
