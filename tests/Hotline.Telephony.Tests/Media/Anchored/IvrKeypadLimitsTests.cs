using Hotline.Telephony.Calls;
using Hotline.Telephony.Ivr;
using Hotline.Telephony.Media.Sessions;
using Hotline.Telephony.Tests.Peers;

namespace Hotline.Telephony.Tests.Media.Anchored;

/// <summary>
/// Callers at the extremes of the keypad: one who never presses anything (the menu's timeouts and retries end the flow
/// cleanly) and one who presses hundreds of keys within a second (the platform keeps a bounded buffer of the latest keys
/// and the menu still works afterwards).
/// </summary>
[Trait("Category", "Integration")]
public sealed class IvrKeypadLimitsTests
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_caller_who_never_presses_a_key_runs_out_of_retries_and_the_flow_ends()
    {
        await using var harness = AnchoredHarness.Start();
        var app = new IvrTestApplication(harness, TestFlows.PressOne(), IvrTestApplication.BusinessHours);
        await using var caller = new RawRtpCaller();

        var sipp = await SippIvrCalls.StartCallWithMediaFromAsync(harness, caller, telephoneEvent: true);
        var run = await sipp;

        Assert.True(run.ExitCode == 0, run.Describe());
        var outcome = await app.SingleOutcomeAsync(RunTimeout);
        Assert.Equal(IvrOutcomeKind.Completed, outcome.Kind);
        Assert.Equal("no input", outcome.Reason);
        Assert.Equal("menu(timeout)>menu(timeout)", outcome.PathText);
        var ended = await IvrAssert.CallEndedAndReleasedAsync(harness);
        Assert.Equal(CallEndCause.NormalClearing, ended.Cause);
    }

    [Fact]
    public async Task Hundreds_of_keys_within_a_second_leave_only_the_latest_in_a_bounded_buffer()
    {
        await using var harness = AnchoredHarness.Start();
        var calls = harness.Server.Calls;
        var incoming = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        calls.CallEvent += e =>
        {
            if (e is IncomingCall call)
            {
                incoming.TrySetResult(call.CallId);
            }
        };
        await using var caller = new RawRtpCaller();

        var sipp = SippIvrCalls.CallWithMediaFromAsync(harness, caller, telephoneEvent: true);
        var callId = await incoming.Task.WaitAsync(RunTimeout, TestContext.Current.CancellationToken);
        await calls.AnswerAsync(callId, TestContext.Current.CancellationToken);
        await caller.WaitForPlatformAsync(RunTimeout);
        caller.StartSending();
        await caller.SendAudioAsync(new short[1600]);
        await caller.SendDigitBurstAsync('9', 250, TimeSpan.FromSeconds(1));
        await caller.SendDigitBurstAsync('5', 50, TimeSpan.FromMilliseconds(200));
        var pressed = await KeysSettledAsync(harness, 300);

        // Nothing read the keys while they arrived: the buffer kept the newest ones only.
        var channel = calls.GetIvrChannel(callId);
        var typedAhead = await channel.CollectDigitsAsync(
            new DigitCollectRequest(1000, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), null), TestContext.Current.CancellationToken);
        await calls.HangupAsync(callId, TestContext.Current.CancellationToken);
        var run = await sipp;

        Assert.Equal(DigitCollectStatus.Timeout, typedAhead.Status);
        Assert.Equal(pressed[^CallMediaSession.DigitBufferSize..], typedAhead.Digits);
        Assert.EndsWith(new string('5', 20), typedAhead.Digits, StringComparison.Ordinal);
        Assert.True(run.ExitCode == 0, run.Describe());
        await IvrAssert.CallEndedAndReleasedAsync(harness);
    }

    [Fact]
    public async Task After_a_flood_of_keys_the_12328_menu_still_routes_the_next_press()
    {
        await using var harness = AnchoredHarness.Start();
        var flooded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var app = new IvrTestApplication(harness, DemoFlows.Load12328(), IvrTestApplication.BusinessHours, flooded.Task);
        await using var caller = new RawRtpCaller();

        var sipp = await SippIvrCalls.StartCallWithMediaFromAsync(harness, caller, telephoneEvent: true);
        await caller.SendAudioAsync(new short[1600]);
        await caller.SendDigitBurstAsync('9', 300, TimeSpan.FromSeconds(1));
        await KeysSettledAsync(harness, 300);
        flooded.SetResult();
        var channel = await app.ChannelAsync(RunTimeout);
        await channel.WaitForPromptAsync("您的输入有误", RunTimeout);
        await caller.SendDigitAsync('2', TimeSpan.FromMilliseconds(100));
        var run = await sipp;

        Assert.True(run.ExitCode == 0, run.Describe());
        var outcome = await app.SingleOutcomeAsync(RunTimeout);
        // One wrong key consumed, the rest of the flood discarded with it, then the press that counts.
        Assert.Equal("hours(open)>welcome[9](invalid)>welcome[2]>enquiry>toEnquiries", outcome.PathText);
        Assert.Equal("enquiries", outcome.Queue);
        Assert.Equal(5, outcome.Priority);
        await IvrAssert.CallEndedAndReleasedAsync(harness);
    }

    /// <summary>
    /// Waits until the platform has reported <paramref name="sent"/> keys, or (when a starved machine dropped some at the
    /// socket) until no more arrive for two seconds; returns the keys in order. Hundreds must have arrived either way.
    /// </summary>
    private static async Task<string> KeysSettledAsync(SipServerHarness harness, int sent)
    {
        string Pressed() => string.Concat(harness.Events.OfType<DtmfReceived>().Select(d => d.Digit));
        var deadline = DateTime.UtcNow + RunTimeout;
        var count = -1;
        var stableSince = DateTime.UtcNow;
        while (Pressed().Length < sent && DateTime.UtcNow < deadline)
        {
            if (Pressed().Length != count)
            {
                count = Pressed().Length;
                stableSince = DateTime.UtcNow;
            }
            else if (DateTime.UtcNow - stableSince > TimeSpan.FromSeconds(2))
            {
                break;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        var pressed = Pressed();
        Assert.InRange(pressed.Length, 200, sent);
        return pressed;
    }
}
