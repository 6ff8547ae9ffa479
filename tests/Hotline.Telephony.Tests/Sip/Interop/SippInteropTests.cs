using System.Globalization;
using Hotline.Telephony.Calls;
using Hotline.Telephony.Sip.Registrar;
using Hotline.Telephony.Tests.Peers;

namespace Hotline.Telephony.Tests.Sip.Interop;

/// <summary>The SIP server against Debian's sipp on loopback: registration with digest, OPTIONS, B2BUA calls and REFER.</summary>
[Trait("Category", "Integration")]
public sealed class SippInteropTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(40);

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Options_is_answered_200()
    {
        await using var harness = SipServerHarness.Start();

        var run = await Sipp.RunAsync("options.xml", harness.Target, ["-m", "3", "-p", Port(LoopbackPorts.Next())], Limit);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Equal(3, run.SuccessfulCalls);
    }

    [Fact]
    public async Task Register_with_the_right_password_creates_a_binding()
    {
        await using var harness = SipServerHarness.Start();
        var contactPort = LoopbackPorts.Next();

        var run = await Sipp.RunAsync("register.xml", harness.Target,
            ["-m", "1", "-s", "8001", "-au", "8001", "-ap", "demo-8001", "-key", "contact_port", Port(contactPort), "-p", Port(LoopbackPorts.Next())], Limit);

        Assert.True(run.ExitCode == 0, run.Describe());
        var binding = Assert.Single(harness.Server.Location.Lookup(new AddressOfRecord("8001", "127.0.0.1")));
        Assert.Equal($"sip:8001@127.0.0.1:{contactPort}", binding.Contact.ToString());
    }

    [Fact]
    public async Task Register_with_a_wrong_password_gets_401_and_no_binding()
    {
        await using var harness = SipServerHarness.Start();

        var run = await Sipp.RunAsync("register-wrong.xml", harness.Target,
            ["-m", "1", "-s", "8001", "-au", "8001", "-ap", "not-the-password", "-key", "contact_port", "5999", "-p", Port(LoopbackPorts.Next())], Limit);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Empty(harness.Server.Location.Snapshot());
    }

    [Fact]
    public async Task Calls_from_a_trunk_to_the_service_number_are_bridged_to_a_sipp_uas()
    {
        var callerPort = LoopbackPorts.Next();
        var agentPort = LoopbackPorts.Next();
        await using var harness = SipServerHarness.Start(o =>
        {
            SipServerHarness.AddTrunk(o, "carrier", callerPort, null);
            SipServerHarness.AddTrunk(o, "agents", null, agentPort);
        });
        harness.Server.Calls.CallEvent += e =>
        {
            if (e is IncomingCall incoming)
            {
                _ = harness.Server.Calls.BridgeAsync(incoming.CallId, new CallTarget.External("100", "agents"), TimeSpan.FromSeconds(10));
            }
        };

        var agent = Sipp.RunAsync("", $"127.0.0.1:{Port(harness.Port)}", ["-sn", "uas", "-m", "5", "-p", Port(agentPort)], Limit);
        var caller = await Sipp.RunAsync("", harness.Target, ["-sn", "uac", "-s", "12328", "-m", "5", "-r", "5", "-d", "300", "-p", Port(callerPort)], Limit);
        var answered = await agent;

        Assert.True(caller.ExitCode == 0, caller.Describe());
        Assert.True(answered.ExitCode == 0, answered.Describe());
        Assert.Equal(5, caller.SuccessfulCalls);
        await SipServerHarness.WaitUntilAsync(() => harness.Events.OfType<CallEnded>().Count() == 5, "five calls ended");
        Assert.All(harness.Events.OfType<CallEnded>(), e => Assert.Equal(CallEndCause.NormalClearing, e.Cause));
        var incomingCalls = harness.Events.OfType<IncomingCall>().ToList();
        Assert.All(incomingCalls, e => Assert.Equal(CallOrigin.Trunk, e.Origin));
        await SipServerHarness.WaitUntilAsync(() => harness.Server.B2bua.DialogCount == 0, "all dialogs released");
    }

    [Fact]
    public async Task Refer_from_the_agent_moves_the_caller_to_the_transfer_target()
    {
        var callerPort = LoopbackPorts.Next();
        var agentPort = LoopbackPorts.Next();
        var targetPort = LoopbackPorts.Next();
        await using var harness = SipServerHarness.Start(o =>
        {
            SipServerHarness.AddTrunk(o, "carrier", callerPort, null);
            SipServerHarness.AddTrunk(o, "agents", null, agentPort);
        });
        harness.Server.Calls.CallEvent += e =>
        {
            if (e is IncomingCall incoming)
            {
                _ = harness.Server.Calls.BridgeAsync(incoming.CallId, new CallTarget.External("100", "agents"), TimeSpan.FromSeconds(10));
            }
        };
        var registered = await Sipp.RunAsync("register.xml", harness.Target,
            ["-m", "1", "-s", "8002", "-au", "8002", "-ap", "demo-8002", "-key", "contact_port", Port(targetPort), "-p", Port(LoopbackPorts.Next())], Limit);
        Assert.True(registered.ExitCode == 0, registered.Describe());

        var target = Sipp.RunAsync("", harness.Target, ["-sn", "uas", "-m", "1", "-p", Port(targetPort)], Limit);
        var agent = Sipp.RunAsync("uas-refer.xml", harness.Target, ["-m", "1", "-key", "transfer_to", "8002", "-p", Port(agentPort)], Limit);
        var caller = await Sipp.RunAsync("uac-transferred.xml", harness.Target, ["-s", "12328", "-m", "1", "-p", Port(callerPort)], Limit);

        Assert.True(caller.ExitCode == 0, caller.Describe());
        var agentRun = await agent;
        Assert.True(agentRun.ExitCode == 0, agentRun.Describe());
        var targetRun = await target;
        Assert.True(targetRun.ExitCode == 0, targetRun.Describe());
        var transferred = Assert.Single(harness.Events.OfType<CallTransferred>());
        Assert.Equal("8002", transferred.To.Number);
        await SipServerHarness.WaitUntilAsync(() => harness.Server.B2bua.DialogCount == 0, "all dialogs released");
    }
}
