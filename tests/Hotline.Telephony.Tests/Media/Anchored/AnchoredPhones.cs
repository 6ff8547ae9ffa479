using Hotline.Telephony.Calls;
using Hotline.Telephony.Media.Audio;
using Hotline.Telephony.Media.Rtp;
using Hotline.Telephony.Sip.Auth;
using Hotline.Telephony.Tests.Peers;

namespace Hotline.Telephony.Tests.Media.Anchored;

/// <summary>
/// A SIP server whose B2BUA anchors media, with real baresip phones on loopback: a citizen who calls 12328 and agents or
/// supervisors who register and answer at once. Everything it started is stopped on dispose, the server last.
/// </summary>
internal sealed class AnchoredPhones : IAsyncDisposable
{
    public static readonly TimeSpan RingTimeout = TimeSpan.FromSeconds(10);

    private readonly List<Baresip> _phones = [];

    private AnchoredPhones(SipServerHarness harness) => Harness = harness;

    public SipServerHarness Harness { get; }

    /// <summary>The platform's call control, as the application drives it.</summary>
    public ICallControl Calls => Harness.Server.Calls;

    /// <summary>A scratch folder deleted with the harness.</summary>
    public string DataFolder => Harness.DataFolder!;

    /// <summary>
    /// The playout buffer of these tests: deep and fixed. The machine running them is shared and often far overloaded; the
    /// default buffer (adaptive, at most 120 ms) then drops frames whenever the media clock or the receive loop stalls
    /// longer than that, which shifts the audio and ruins a sample-exact comparison, while these tests check who hears
    /// what and how faithfully, not latency (JitterBufferTests cover the adaptive behaviour).
    /// </summary>
    private static readonly JitterBufferOptions Playout = new()
    {
        MinDepth = TimeSpan.FromMilliseconds(200),
        TargetDepth = TimeSpan.FromMilliseconds(200),
        MaxDepth = TimeSpan.FromSeconds(1),
        Adaptive = false,
    };

    /// <summary>
    /// Starts the anchored server (baresip 1.0 answers MD5 digest challenges only) with RTP ports from a window of its own:
    /// every engine hands out its range from the start, so harnesses of parallel tests, or a media benchmark holding
    /// hundreds of ports, would otherwise fight over the same first pairs.
    /// </summary>
    public static AnchoredPhones Start()
    {
        var first = 30000 + (2 * Random.Shared.Next(0, 6000));
        return new(SipServerHarness.StartAnchored(
            o =>
            {
                o.DigestAlgorithms.Clear();
                o.DigestAlgorithms.Add(DigestAlgorithm.Md5);
            },
            media => media with { PortMin = first, PortMax = first + 399, Jitter = Playout }));
    }

    /// <summary>A citizen's phone without a registration, ready to dial.</summary>
    public async Task<Baresip> StartCitizenAsync(BaresipAudio audio)
    {
        var phone = await Baresip.StartAsync(new BaresipAccount("citizen", null, Harness.Port, Register: false), audio);
        _phones.Add(phone);
        return phone;
    }

    /// <summary>An extension (8001–8010) that has registered and answers calls at once.</summary>
    public async Task<Baresip> StartExtensionAsync(string extension, BaresipAudio audio)
    {
        var phone = await Baresip.StartAsync(new BaresipAccount(extension, $"demo-{extension}", Harness.Port, AnswerMode: "auto"), audio);
        _phones.Add(phone);
        await phone.WaitForEventAsync("REGISTER_OK");
        return phone;
    }

    /// <summary>The citizen dials 12328; returns the platform's id of the call once it is offered to the application.</summary>
    public async Task<string> DialServiceNumberAsync(Baresip citizen)
    {
        var known = Harness.Events.OfType<IncomingCall>().Select(e => e.CallId).ToHashSet();
        await citizen.DialAsync($"sip:12328@{SipServerHarness.Domain}");
        IncomingCall? incoming = null;
        await SipServerHarness.WaitUntilAsync(
            () => (incoming = Harness.Events.OfType<IncomingCall>().FirstOrDefault(e => !known.Contains(e.CallId))) is not null,
            "the platform offered the citizen's call");
        return incoming!.CallId;
    }

    /// <summary>The citizen dials 12328 and the platform bridges the call to the agent's extension; both phones are in the call.</summary>
    public async Task<string> BridgeAsync(Baresip citizen, Baresip agent)
    {
        var callId = await DialServiceNumberAsync(citizen);
        var result = await Calls.BridgeAsync(
            callId, new CallTarget.Extension(agent.Account!.User), RingTimeout, TestContext.Current.CancellationToken);
        AssertAnswered(result, agent.Name);
        await citizen.WaitForEventAsync("CALL_ESTABLISHED");
        await agent.WaitForEventAsync("CALL_ESTABLISHED");
        return callId;
    }

    /// <summary>
    /// A citizen sending <see cref="PartyTones.Citizen"/> bridged to agent 8002 sending <see cref="PartyTones.Agent"/>, both
    /// keeping what they hear.
    /// </summary>
    public async Task<(Baresip Citizen, Baresip Agent, string CallId)> StartToneCallAsync()
    {
        var citizen = await StartCitizenAsync(BaresipAudio.RecordingSine(PartyTones.Citizen));
        var agent = await StartExtensionAsync("8002", BaresipAudio.RecordingSine(PartyTones.Agent));
        return (citizen, agent, await BridgeAsync(citizen, agent));
    }

    /// <summary>Fails unless the platform's call to <paramref name="target"/> was answered.</summary>
    public static void AssertAnswered(BridgeResult result, string target) =>
        Assert.True(result.IsAnswered, $"calling {target}: {result.Outcome} {result.SipStatus} {result.Reason}");

    /// <summary>The phone hangs up; returns the call's end as the platform reports it.</summary>
    public async Task<CallEnded> HangUpAsync(Baresip phone, string callId)
    {
        await phone.HangupAsync();
        return await WaitForEndAsync(callId);
    }

    /// <summary>Waits until the platform reports the call's end (exactly once).</summary>
    public async Task<CallEnded> WaitForEndAsync(string callId, TimeSpan? timeout = null)
    {
        await SipServerHarness.WaitUntilAsync(
            () => Harness.Events.OfType<CallEnded>().Any(e => e.CallId == callId), $"call {callId} ended", timeout);
        return Assert.Single(Harness.Events.OfType<CallEnded>(), e => e.CallId == callId);
    }

    /// <summary>The platform's stereo recording of an ended call (left caller, right agent side).</summary>
    public static WavAudio ReadRecording(CallEnded ended)
    {
        var media = Assert.IsType<CallMediaReport>(ended.Media);
        var recording = Assert.IsType<RecordingInfo>(media.Recording);
        Assert.True(File.Exists(recording.FilePath), recording.FilePath);
        var wav = WavReader.Read(recording.FilePath);
        Assert.Equal(2, wav.Format.Channels);
        Assert.Equal(AudioFormat.SampleRate, wav.Format.SampleRate);
        return wav;
    }

    /// <summary>Logs each leg's RTP figures and how often the media clock ran late: what to look at when audio suffered.</summary>
    public void LogMediaHealth(CallEnded ended)
    {
        foreach (var leg in ended.Media?.Legs ?? [])
        {
            var q = leg.Quality;
            HearingAssert.Log($"leg {leg.Party.Number}: received {q.PacketsReceived}, lost {q.PacketsLost}, reordered {q.Reordered}, jitter {q.JitterMilliseconds:F1} ms (max {q.MaxJitterMilliseconds:F1}), sent {q.PacketsSent}");
        }

        var (ticks, late) = Harness.Media!.ClockHealth;
        HearingAssert.Log($"media clock: {ticks} ticks, {late} late");
    }

    public async ValueTask DisposeAsync()
    {
        for (var i = _phones.Count - 1; i >= 0; i--)
        {
            await _phones[i].DisposeAsync();
        }

        await Harness.DisposeAsync();
    }
}
