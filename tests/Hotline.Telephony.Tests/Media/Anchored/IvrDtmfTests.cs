using Hotline.Telephony.Calls;
using Hotline.Telephony.Ivr;
using Hotline.Telephony.Media.Dtmf;
using Hotline.Telephony.Media.Sessions;
using Hotline.Telephony.Tests.Peers;

namespace Hotline.Telephony.Tests.Media.Anchored;

/// <summary>
/// A citizen calls 12328, the platform answers and runs the demo menu, and the key the citizen presses — by RFC 4733
/// (sipp's published captures with PT 101, sipp's play_dtmf with PT 96), by SIP INFO, or as tones in the audio when the
/// phone offers no telephone-event — routes the call to the queue that key stands for.
/// </summary>
[Trait("Category", "Integration")]
public sealed class IvrDtmfTests
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(30);

    public static TheoryData<char, string, string, int> Menu => IvrAssert.Menu;

    [Theory]
    [MemberData(nameof(Menu))]
    public async Task Sipps_published_rfc4733_capture_routes_the_menu(char key, string queue, string category, int priority)
    {
        var pcap = SippIvrCalls.PublishedPcap(key);
        await using var harness = AnchoredHarness.Start();
        var app = new IvrTestApplication(harness, DemoFlows.Load12328(), IvrTestApplication.BusinessHours);

        var run = await SippIvrCalls.CallReplayingPcapAsync(harness, pcap);

        Assert.True(run.ExitCode == 0, run.Describe());
        IvrAssert.RoutedByMenu(await app.SingleOutcomeAsync(RunTimeout), key, queue, category, priority);
        IvrAssert.OneDigit(harness, key, DtmfSource.Rfc4733);
        var ended = await IvrAssert.CallEndedAndReleasedAsync(harness);
        Assert.Equal(CallEndCause.NormalClearing, ended.Cause);
    }

    [Theory]
    [InlineData('1', "complaints", "complaint", 5)]
    [InlineData('3', "enquiries", "suggestion", 5)]
    public async Task Sipp_play_dtmf_with_payload_type_96_routes_the_menu(char key, string queue, string category, int priority)
    {
        await using var harness = AnchoredHarness.Start();
        var app = new IvrTestApplication(harness, DemoFlows.Load12328(), IvrTestApplication.BusinessHours);

        var run = await SippIvrCalls.RunAsync(harness, "uac-ivr-play-dtmf.xml", ["-m", "1", "-key", "digits", key.ToString()]);

        Assert.True(run.ExitCode == 0, run.Describe());
        IvrAssert.RoutedByMenu(await app.SingleOutcomeAsync(RunTimeout), key, queue, category, priority);
        IvrAssert.OneDigit(harness, key, DtmfSource.Rfc4733);
        await IvrAssert.CallEndedAndReleasedAsync(harness);
    }

    [Theory]
    [InlineData("uac-ivr-info-dtmf-relay.xml", '2', "enquiries", "enquiry", 5)]
    [InlineData("uac-ivr-info-dtmf.xml", '0', "enquiries", "agent", 3)]
    public async Task Sip_info_routes_the_menu(string scenario, char key, string queue, string category, int priority)
    {
        await using var harness = AnchoredHarness.Start();
        var app = new IvrTestApplication(harness, DemoFlows.Load12328(), IvrTestApplication.BusinessHours);

        var run = await SippIvrCalls.RunAsync(harness, scenario, ["-m", "1", "-key", "digit", key.ToString()]);

        Assert.True(run.ExitCode == 0, run.Describe());
        IvrAssert.RoutedByMenu(await app.SingleOutcomeAsync(RunTimeout), key, queue, category, priority);
        IvrAssert.OneDigit(harness, key, DtmfSource.SipInfo);
        await IvrAssert.CallEndedAndReleasedAsync(harness);
    }

    [Fact]
    public async Task Tones_in_the_audio_route_the_menu_when_the_phone_offers_no_telephone_event()
    {
        await using var harness = AnchoredHarness.Start();
        var app = new IvrTestApplication(harness, DemoFlows.Load12328(), IvrTestApplication.BusinessHours);
        await using var caller = new RawRtpCaller();

        var sipp = await SippIvrCalls.StartCallWithMediaFromAsync(harness, caller, telephoneEvent: false);
        await caller.SendAudioAsync(new short[4000]);
        await caller.SendAudioAsync(DtmfToneGenerator.Generate("1", TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(200)));
        var run = await sipp;

        Assert.True(run.ExitCode == 0, run.Describe());
        IvrAssert.RoutedByMenu(await app.SingleOutcomeAsync(RunTimeout), '1', "complaints", "complaint", 5);
        IvrAssert.OneDigit(harness, '1', DtmfSource.InBand);
        var ended = await IvrAssert.CallEndedAndReleasedAsync(harness);
        var leg = Assert.Single(ended.Media!.Legs);
        Assert.True(leg.Quality.PacketsReceived > 20, $"the caller's audio reached the platform: {leg.Quality}");
    }
}
