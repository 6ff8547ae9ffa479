using Hotline.Telephony.Calls;
using Hotline.Telephony.Sip.Auth;
using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Registrar;
using Hotline.Telephony.Tests.Peers;

namespace Hotline.Telephony.Tests.Sip.Interop;

/// <summary>
/// The SIP server against Debian's baresip 1.0.0 on loopback, judged by baresip's ctrl_tcp events: registration with
/// auth_pass, extension-to-extension calls through the B2BUA, and service-number calls the application bridges or
/// rejects. Media is not judged here (SDP is relayed; the baresips may send RTP to each other directly).
/// </summary>
[Trait("Category", "Integration")]
public sealed class BaresipInteropTests
{
    // Every wait is bounded: 10 s for an event (Baresip, SipServerHarness), 5 s for a baresip command, RingTimeout here.
    private static readonly TimeSpan RingTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// A server that challenges with MD5 only. baresip 1.0.0's libre (1.1.0, src/sip/auth.c) reads every
    /// WWW-Authenticate and fails the whole request with ENOSYS ("Function not implemented") on any algorithm other
    /// than MD5, and with EAUTH on a second challenge for the same realm, so the RFC 8760 pair (SHA-256, MD5) that the
    /// platform offers by default is more than it can take.
    /// </summary>
    private static SipServerHarness StartServer() => SipServerHarness.Start(o =>
    {
        o.DigestAlgorithms.Clear();
        o.DigestAlgorithms.Add(DigestAlgorithm.Md5);
    });

    private static AddressOfRecord Aor(string user) => new(user, SipServerHarness.Domain);

    [Fact]
    public async Task Register_with_auth_pass_creates_a_binding()
    {
        await using var harness = StartServer();
        await using var phone = await Baresip.StartAsync(new BaresipAccount("8001", "demo-8001", harness.Port));

        await phone.WaitForEventAsync("REGISTER_OK");

        var binding = Assert.Single(harness.Server.Location.Lookup(Aor("8001")));
        Assert.Equal($"127.0.0.1:{phone.SipPort}", $"{((SipUri)binding.Contact).Host}:{((SipUri)binding.Contact).Port}");
        Assert.DoesNotContain(phone.Events, e => e.Type == "REGISTER_FAIL");
    }

    [Fact]
    public async Task Removing_the_account_unregisters_it()
    {
        await using var harness = StartServer();
        await using var phone = await Baresip.StartAsync(new BaresipAccount("8003", "demo-8003", harness.Port));
        await phone.WaitForEventAsync("REGISTER_OK");
        Assert.Single(harness.Server.Location.Lookup(Aor("8003")));

        await phone.RemoveAccountAsync();

        await SipServerHarness.WaitUntilAsync(() => harness.Server.Location.Lookup(Aor("8003")).Count == 0, "the binding is removed");
    }

    [Fact]
    public async Task Register_with_a_wrong_auth_pass_fails_and_leaves_no_binding()
    {
        await using var harness = StartServer();
        await using var phone = await Baresip.StartAsync(new BaresipAccount("8001", "not-the-password", harness.Port));

        // baresip 1.0.0 (libre 1.1.0) answers each fresh 401 challenge with the same wrong password (up to 16 times),
        // so what ends its attempt is the platform's limit on repeated failures per (address and port, user): 403.
        var failed = await phone.WaitForEventAsync("REGISTER_FAIL");

        Assert.True(failed.Param?.StartsWith("403", StringComparison.Ordinal) == true, phone.Describe());
        Assert.True(phone.Describe().Contains("SIP/2.0 401 Unauthorized", StringComparison.Ordinal), phone.Describe());
        Assert.DoesNotContain(phone.Events, e => e.Type == "REGISTER_OK");
        Assert.Empty(harness.Server.Location.Snapshot());
    }

    [Theory]
    [InlineData("udp")]
    [InlineData("tcp")]
    public async Task Extension_calls_extension_through_the_platform(string transport)
    {
        await using var harness = StartServer();
        await using var caller = await Baresip.StartAsync(new BaresipAccount("8001", "demo-8001", harness.Port, Transport: transport));
        await using var callee = await Baresip.StartAsync(new BaresipAccount("8002", "demo-8002", harness.Port, Transport: transport));
        await ConnectAsync(harness, caller, callee);

        await caller.HangupAsync();
        await caller.WaitForEventAsync("CALL_CLOSED");
        await callee.WaitForEventAsync("CALL_CLOSED");
        await AssertEndedAsync(harness, CallEndCause.NormalClearing);
    }

    [Fact]
    public async Task Callee_hangs_up_and_the_caller_is_released()
    {
        await using var harness = StartServer();
        await using var caller = await Baresip.StartAsync(new BaresipAccount("8001", "demo-8001", harness.Port));
        await using var callee = await Baresip.StartAsync(new BaresipAccount("8002", "demo-8002", harness.Port));
        await ConnectAsync(harness, caller, callee);

        await callee.HangupAsync();
        await callee.WaitForEventAsync("CALL_CLOSED");
        await caller.WaitForEventAsync("CALL_CLOSED");
        await AssertEndedAsync(harness, CallEndCause.NormalClearing);
    }

    [Fact]
    public async Task Caller_hangs_up_while_ringing_and_the_callee_stops_ringing()
    {
        await using var harness = StartServer();
        await using var caller = await Baresip.StartAsync(new BaresipAccount("8001", "demo-8001", harness.Port));
        await using var callee = await Baresip.StartAsync(new BaresipAccount("8002", "demo-8002", harness.Port));
        await caller.WaitForEventAsync("REGISTER_OK");
        await callee.WaitForEventAsync("REGISTER_OK");

        await caller.DialAsync($"sip:8002@{SipServerHarness.Domain}");
        await callee.WaitForEventAsync("CALL_INCOMING");
        await caller.WaitForEventAsync("CALL_RINGING");
        await caller.HangupAsync();

        await caller.WaitForEventAsync("CALL_CLOSED");
        await callee.WaitForEventAsync("CALL_CLOSED");
        Assert.DoesNotContain(callee.Events, e => e.Type == "CALL_ESTABLISHED");
        await AssertEndedAsync(harness, CallEndCause.CallerAbandoned);
    }

    [Fact]
    public async Task Callee_refuses_and_the_caller_hears_its_status()
    {
        await using var harness = StartServer();
        await using var caller = await Baresip.StartAsync(new BaresipAccount("8001", "demo-8001", harness.Port));
        await using var callee = await Baresip.StartAsync(new BaresipAccount("8002", "demo-8002", harness.Port));
        await caller.WaitForEventAsync("REGISTER_OK");
        await callee.WaitForEventAsync("REGISTER_OK");

        await caller.DialAsync($"sip:8002@{SipServerHarness.Domain}");
        await callee.WaitForEventAsync("CALL_INCOMING");
        await callee.HangupAsync(); // baresip refuses an unanswered call with 486

        var closed = await caller.WaitForEventAsync("CALL_CLOSED");
        Assert.True(closed.Param?.StartsWith("486", StringComparison.Ordinal) == true, caller.Describe());
        await callee.WaitForEventAsync("CALL_CLOSED");
        var ended = await AssertEndedAsync(harness, CallEndCause.Rejected);
        Assert.Equal(486, ended.SipStatus);
    }

    [Fact]
    public async Task Hold_and_resume_from_the_caller_are_relayed()
    {
        await using var harness = StartServer();
        await using var caller = await Baresip.StartAsync(new BaresipAccount("8001", "demo-8001", harness.Port));
        await using var callee = await Baresip.StartAsync(new BaresipAccount("8002", "demo-8002", harness.Port));
        await ConnectAsync(harness, caller, callee);
        var offers = callee.Events.Count(e => e.Type == "CALL_REMOTE_SDP");

        await caller.CommandAsync("hold");
        await SipServerHarness.WaitUntilAsync(() => harness.Events.OfType<CallHeld>().Any(), "the platform saw the hold");
        await callee.WaitForAsync(_ => callee.Events.Count(e => e.Type == "CALL_REMOTE_SDP") > offers, "the relayed hold offer");
        await caller.CommandAsync("resume");
        await SipServerHarness.WaitUntilAsync(() => harness.Events.OfType<CallResumed>().Any(), "the platform saw the resume");
        await callee.WaitForAsync(_ => callee.Events.Count(e => e.Type == "CALL_REMOTE_SDP") > offers + 1, "the relayed resume offer");

        Assert.Equal("8001", Assert.Single(harness.Events.OfType<CallHeld>()).By.Number);
        await caller.HangupAsync();
        await callee.WaitForEventAsync("CALL_CLOSED");
        await AssertEndedAsync(harness, CallEndCause.NormalClearing);
        Assert.DoesNotContain(caller.Events.Concat(callee.Events), e => e.Type == "CALL_CLOSED" && e.Param?.Contains("491", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Service_number_call_is_offered_to_the_application_and_bridged_to_an_extension()
    {
        await using var harness = StartServer();
        var bridged = new TaskCompletionSource<BridgeResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Server.Calls.CallEvent += e =>
        {
            if (e is IncomingCall incoming)
            {
                _ = BridgeAsync(harness, incoming.CallId, bridged);
            }
        };
        await using var agent = await Baresip.StartAsync(new BaresipAccount("8002", "demo-8002", harness.Port, AnswerMode: "auto"));
        await using var citizen = await Baresip.StartAsync(new BaresipAccount("citizen", null, harness.Port, Register: false));
        await agent.WaitForEventAsync("REGISTER_OK");

        await citizen.DialAsync($"sip:12328@{SipServerHarness.Domain}");
        await citizen.WaitForEventAsync("CALL_ESTABLISHED");
        await agent.WaitForEventAsync("CALL_ESTABLISHED");
        var result = await bridged.Task.WaitAsync(RingTimeout, TestContext.Current.CancellationToken);
        Assert.True(result.IsAnswered, $"bridge {result.Outcome} {result.SipStatus} {result.Reason}\n{citizen.Describe()}\n{agent.Describe()}");
        var offered = Assert.Single(harness.Events.OfType<IncomingCall>());
        Assert.Equal(CallOrigin.Anonymous, offered.Origin);
        Assert.Equal("12328", offered.Called.Number);
        Assert.Equal("citizen", offered.Caller.Number);

        await citizen.HangupAsync();
        await citizen.WaitForEventAsync("CALL_CLOSED");
        await agent.WaitForEventAsync("CALL_CLOSED");
        await AssertEndedAsync(harness, CallEndCause.NormalClearing);
    }

    [Fact]
    public async Task Service_number_call_rejected_by_the_application_is_closed_with_486()
    {
        await using var harness = StartServer();
        var offered = new TaskCompletionSource<IncomingCall>(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Server.Calls.CallEvent += e =>
        {
            if (e is IncomingCall incoming)
            {
                offered.TrySetResult(incoming);
            }
        };
        await using var citizen = await Baresip.StartAsync(new BaresipAccount("citizen", null, harness.Port, Register: false));

        await citizen.DialAsync($"sip:12328@{SipServerHarness.Domain}");
        var call = await offered.Task.WaitAsync(RingTimeout, TestContext.Current.CancellationToken);
        await harness.Server.Calls.RejectAsync(call.CallId, 486, cancellationToken: TestContext.Current.CancellationToken);

        var closed = await citizen.WaitForEventAsync("CALL_CLOSED");
        Assert.Contains("486", closed.Param ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain(citizen.Events, e => e.Type == "CALL_ESTABLISHED");
        var ended = Assert.Single(harness.Events.OfType<CallEnded>());
        Assert.Equal(CallEndCause.Rejected, ended.Cause);
        Assert.Equal(486, ended.SipStatus);
        await SipServerHarness.WaitUntilAsync(() => harness.Server.B2bua.DialogCount == 0, "all dialogs released");
    }

    /// <summary>8001 calls 8002 through the platform; 8002 is offered the call (CALL_INCOMING), accepts, both are connected.</summary>
    private static async Task ConnectAsync(SipServerHarness harness, Baresip caller, Baresip callee)
    {
        await caller.WaitForEventAsync("REGISTER_OK");
        await callee.WaitForEventAsync("REGISTER_OK");

        await caller.DialAsync($"sip:{callee.Account!.User}@{SipServerHarness.Domain}");
        var incoming = await callee.WaitForEventAsync("CALL_INCOMING");
        Assert.Equal("incoming", incoming.Direction);
        Assert.StartsWith($"sip:{caller.Account!.User}@", incoming.PeerUri, StringComparison.Ordinal);
        await callee.AcceptAsync();
        await callee.WaitForEventAsync("CALL_ESTABLISHED");
        var established = await caller.WaitForEventAsync("CALL_ESTABLISHED");
        Assert.Equal("outgoing", established.Direction);
        await SipServerHarness.WaitUntilAsync(() => harness.Events.OfType<CallAnswered>().Any(), "the platform saw the answer");
        Assert.Equal(2, harness.Server.B2bua.DialogCount);
        var offered = Assert.Single(harness.Events.OfType<IncomingCall>());
        Assert.Equal(CallOrigin.Extension, offered.Origin);
        Assert.Equal(caller.Account.User, offered.Caller.Number);
    }

    /// <summary>The platform released every dialog and reported one ended call with the cause.</summary>
    private static async Task<CallEnded> AssertEndedAsync(SipServerHarness harness, CallEndCause cause)
    {
        await SipServerHarness.WaitUntilAsync(() => harness.Server.B2bua.DialogCount == 0, "all dialogs released");
        await SipServerHarness.WaitUntilAsync(() => harness.Events.OfType<CallEnded>().Any(), "the call ended");
        var ended = Assert.Single(harness.Events.OfType<CallEnded>());
        Assert.Equal(cause, ended.Cause);
        Assert.Empty(harness.Server.Calls.ActiveCalls);
        return ended;
    }

    private static async Task BridgeAsync(SipServerHarness harness, string callId, TaskCompletionSource<BridgeResult> bridged)
    {
        try
        {
            bridged.TrySetResult(await harness.Server.Calls.BridgeAsync(callId, new CallTarget.Extension("8002"), RingTimeout));
        }
        catch (CallControlException ex)
        {
            bridged.TrySetException(ex);
        }
    }
}
