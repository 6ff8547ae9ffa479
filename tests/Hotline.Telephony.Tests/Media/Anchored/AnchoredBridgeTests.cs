using Hotline.Telephony.Calls;
using Hotline.Telephony.Media.Audio;
using Hotline.Telephony.Tests.Peers;

namespace Hotline.Telephony.Tests.Media.Anchored;

/// <summary>
/// Calls bridged by a B2BUA that anchors media, with real baresip phones: the platform answers each phone with its own
/// RTP endpoint, relays audio through its mixer, records the call and reports RTP quality when it ends.
/// </summary>
[Trait("Category", "Integration")]
public sealed class AnchoredBridgeTests
{
    private static readonly TimeSpan RingTimeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Service_number_call_is_bridged_through_the_platforms_media_and_recorded()
    {
        await using var harness = SipServerHarness.StartAnchored(o =>
        {
            o.DigestAlgorithms.Clear();
            o.DigestAlgorithms.Add(Hotline.Telephony.Sip.Auth.DigestAlgorithm.Md5);
        });
        var bridged = new TaskCompletionSource<BridgeResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Server.Calls.CallEvent += e =>
        {
            if (e is IncomingCall incoming)
            {
                _ = Task.Run(async () => bridged.TrySetResult(await harness.Server.Calls.BridgeAsync(
                    incoming.CallId, new CallTarget.Extension("8002"), RingTimeout)));
            }
        };
        await using var agent = await Baresip.StartAsync(new BaresipAccount("8002", "demo-8002", harness.Port, AnswerMode: "auto"));
        await using var citizen = await Baresip.StartAsync(new BaresipAccount("citizen", null, harness.Port, Register: false));
        await agent.WaitForEventAsync("REGISTER_OK");

        await citizen.DialAsync($"sip:12328@{SipServerHarness.Domain}");
        await citizen.WaitForEventAsync("CALL_ESTABLISHED");
        await agent.WaitForEventAsync("CALL_ESTABLISHED");
        var result = await bridged.Task.WaitAsync(RingTimeout, TestContext.Current.CancellationToken);
        Assert.True(result.IsAnswered, $"bridge {result.Outcome} {result.SipStatus} {result.Reason}");
        Assert.Equal(2, harness.Media!.OpenEndpoints);
        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);

        await citizen.HangupAsync();
        await agent.WaitForEventAsync("CALL_CLOSED");
        await SipServerHarness.WaitUntilAsync(() => harness.Events.OfType<CallEnded>().Any(), "the call ended");

        var ended = Assert.Single(harness.Events.OfType<CallEnded>());
        var media = Assert.IsType<CallMediaReport>(ended.Media);
        var recording = Assert.IsType<RecordingInfo>(media.Recording);
        Assert.True(File.Exists(recording.FilePath), recording.FilePath);
        Assert.Equal(2, recording.Channels);
        Assert.InRange(recording.Duration, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(10));
        var wav = WavReader.Read(recording.FilePath);
        Assert.True(Rms(wav.Channel(0)) > 100, "the caller's channel holds the caller's sine tone");
        Assert.True(Rms(wav.Channel(1)) > 100, "the agent's channel holds the agent's sine tone");
        Assert.Equal(2, media.Legs.Count);
        Assert.All(media.Legs, leg => Assert.True(leg.Quality.PacketsReceived > 50, $"{leg.Party.Number}: {leg.Quality}"));
        await SipServerHarness.WaitUntilAsync(() => harness.Media.OpenEndpoints == 0, "the endpoints are closed");
        Assert.Equal(0, harness.Media.ActiveSessions);
    }

    private static double Rms(short[] samples)
    {
        double sum = 0;
        foreach (var s in samples)
        {
            sum += (double)s * s;
        }

        return Math.Sqrt(sum / Math.Max(1, samples.Length));
    }
}
