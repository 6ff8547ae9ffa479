using System.Net;
using System.Text;
using Hotline.Telephony.Calls;
using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Registrar;
using Hotline.Telephony.Sip.Routing;
using Hotline.Telephony.Sip.Transport;
using Hotline.Telephony.Tests.Peers;

namespace Hotline.Telephony.Tests.Sip.Interop;

/// <summary>Call flows with scripted phones on loopback: platform hold/resume, attended transfer with Replaces, admission policy.</summary>
[Trait("Category", "Integration")]
public sealed class CallControlTests
{
    private static readonly TimeSpan Ring = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Platform_hold_and_resume_reinvite_both_parties_and_raise_events()
    {
        await using var caller = new TestPhone("13800138000");
        await using var agent = new TestPhone("agent");
        await using var harness = SipServerHarness.Start(o =>
        {
            SipServerHarness.AddTrunk(o, "carrier", caller.Port, null);
            SipServerHarness.AddTrunk(o, "agents", null, agent.Port);
        });
        BridgeIncomingTo(harness, new CallTarget.External("100", "agents"));
        await caller.CallAsync("12328", harness.Port);
        // The server raises CallAnswered just after it sends the 200 the phone has already seen.
        await SipServerHarness.WaitUntilAsync(() => harness.Events.OfType<CallAnswered>().Any(), "the call is answered");
        var callId = harness.Events.OfType<CallAnswered>().Single().CallId;

        await harness.Server.Calls.HoldAsync(callId, TestContext.Current.CancellationToken);
        await SipServerHarness.WaitUntilAsync(() => Reinvites(caller).Count == 1 && Reinvites(agent).Count == 1, "both parties re-INVITEd for hold");
        await harness.Server.Calls.ResumeAsync(callId, TestContext.Current.CancellationToken);
        await SipServerHarness.WaitUntilAsync(() => Reinvites(caller).Count == 2 && Reinvites(agent).Count == 2, "both parties re-INVITEd for resume");

        Assert.Contains("a=inactive", Body(Reinvites(caller)[0]), StringComparison.Ordinal);
        Assert.Contains("a=inactive", Body(Reinvites(agent)[0]), StringComparison.Ordinal);
        Assert.DoesNotContain("a=inactive", Body(Reinvites(caller)[1]), StringComparison.Ordinal);
        Assert.Single(harness.Events.OfType<CallHeld>());
        Assert.Single(harness.Events.OfType<CallResumed>());
    }

    [Fact]
    public async Task Attended_transfer_with_replaces_joins_caller_and_colleague_and_releases_the_agent()
    {
        await using var caller = new TestPhone("13800138000");
        await using var agent = new TestPhone("agent");
        await using var colleague = new TestPhone("colleague");
        await using var harness = SipServerHarness.Start(o =>
        {
            SipServerHarness.AddTrunk(o, "carrier", caller.Port, null);
            SipServerHarness.AddTrunk(o, "agents", agent.Port, agent.Port);
            SipServerHarness.AddTrunk(o, "colleagues", null, colleague.Port);
            o.StaticRoutes.Add(new SipStaticRoute { Number = "7002", Trunk = "colleagues" });
        });
        BridgeIncomingTo(harness, new CallTarget.External("100", "agents"));

        var callerDialog = await caller.CallAsync("12328", harness.Port);
        await SipServerHarness.WaitUntilAsync(() => harness.Events.OfType<CallAnswered>().Any(), "the first call is answered");
        var first = harness.Events.OfType<CallAnswered>().Single().CallId;
        var consultation = await agent.CallAsync("7002", harness.Port);
        await SipServerHarness.WaitUntilAsync(() => agent.Dialogs.Count == 2, "the agent has the caller and the consultation");
        var withCaller = agent.Dialogs.Single(d => d.Id != consultation.Id);
        var replaces = Uri.EscapeDataString($"{consultation.Id.CallId};to-tag={consultation.Id.RemoteTag};from-tag={consultation.Id.LocalTag}");

        var status = await agent.ReferAsync(withCaller, $"<sip:7002@127.0.0.1?Replaces={replaces}>");

        Assert.Equal(202, status);
        await SipServerHarness.WaitUntilAsync(() => agent.Dialogs.Count == 0, "both of the agent's calls released");
        await SipServerHarness.WaitUntilAsync(() => Reinvites(caller).Count == 1 && Reinvites(colleague).Count == 1, "caller and colleague re-INVITEd");
        // The transfer is reported once both legs are joined, which can be a moment after the phones see their re-INVITEs.
        await SipServerHarness.WaitUntilAsync(() => harness.Events.OfType<CallTransferred>().Any(), "the transfer is reported");
        var transferred = Assert.Single(harness.Events.OfType<CallTransferred>());
        Assert.True(transferred.Attended);
        Assert.Equal(first, transferred.CallId);
        Assert.Contains(harness.Events.OfType<CallEnded>(), e => e.Cause == CallEndCause.Transferred);
        Assert.Contains(agent.Received, r => r.Method == SipMethods.Notify && Body(r).Contains("200 OK", StringComparison.Ordinal));

        Assert.Equal(200, await caller.HangupAsync(callerDialog));
        await SipServerHarness.WaitUntilAsync(() => colleague.Received.Any(r => r.Method == SipMethods.Bye), "the colleague is released when the caller hangs up");
        // Dialogs are released as each BYE goes out; the call itself ends after the last one.
        await SipServerHarness.WaitUntilAsync(
            () => harness.Server.B2bua.DialogCount == 0 && harness.Server.Calls.ActiveCalls.Count == 0, "all dialogs and calls released");
    }

    [Fact]
    public async Task Callers_without_credentials_reach_service_numbers_only()
    {
        await using var citizen = new TestPhone("13900139000");
        await using var carrier = new TestPhone("carrier");
        await using var agent = new TestPhone("8002");
        await using var harness = SipServerHarness.Start(o => SipServerHarness.AddTrunk(o, "carrier", carrier.Port, agent.Port));
        var agentAddress = new SipRemote(SipTransportKind.Udp, new IPEndPoint(IPAddress.Loopback, agent.Port));
        harness.Server.Location.Register(new RegistrationChange(
            new AddressOfRecord("8002", "127.0.0.1"), "reg-1", 1, agentAddress, "test",
            [new ContactRegistration(SipUri.Parse($"sip:8002@127.0.0.1:{agent.Port}"), [], null, TimeSpan.FromMinutes(5))]));

        // An unknown caller dialling an extension or an outside number is challenged (no toll fraud), a trunk is refused.
        var anonymousToExtension = await Assert.ThrowsAsync<InvalidOperationException>(() => citizen.CallAsync("8002", harness.Port));
        var anonymousToOutside = await Assert.ThrowsAsync<InvalidOperationException>(() => citizen.CallAsync("013800138000", harness.Port));
        var trunkToExtension = await Assert.ThrowsAsync<InvalidOperationException>(() => carrier.CallAsync("8002", harness.Port));

        Assert.Contains(": 401", anonymousToExtension.Message, StringComparison.Ordinal);
        Assert.Contains(": 401", anonymousToOutside.Message, StringComparison.Ordinal);
        Assert.Contains(": 404", trunkToExtension.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(agent.Received, r => r.Method == SipMethods.Invite);
        Assert.Empty(harness.Events.OfType<IncomingCall>());
    }

    private static void BridgeIncomingTo(SipServerHarness harness, CallTarget target) =>
        harness.Server.Calls.CallEvent += e =>
        {
            if (e is IncomingCall { Called.Number: "12328" } incoming)
            {
                _ = harness.Server.Calls.BridgeAsync(incoming.CallId, target, Ring);
            }
        };

    private static List<SipRequest> Reinvites(TestPhone phone) =>
        [.. phone.Received.Where(r => r.Method == SipMethods.Invite && r.To?.Tag is not null)];

    private static string Body(SipRequest request) => Encoding.UTF8.GetString(request.Body.Span);
}
