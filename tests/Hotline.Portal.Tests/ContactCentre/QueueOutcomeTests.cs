using Hotline.Grains.Abstractions.Agents;
using Hotline.Grains.Abstractions.Calls;
using Hotline.Grains.Abstractions.Events;
using Hotline.Grains.Abstractions.Queues;
using Hotline.Portal.Tests.Hosting;
using Hotline.Telephony.Tests.Peers;

namespace Hotline.Portal.Tests.ContactCentre;

/// <summary>
/// What happens to a queued call in the real platform process: no agent ready until the maximum wait sends the caller
/// to voicemail; an agent's blind transfer to the enquiries queue reaches an enquiries agent.
/// </summary>
[Trait("Category", "Integration")]
public sealed class QueueOutcomeTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task With_no_agent_ready_the_maximum_wait_takes_the_callers_message()
    {
        var settings = PortalSettings.Fresh();
        AlwaysOpenFlow.WriteTo(settings.DataDir);
        await using var portal = PortalProcess.Start(settings);
        await portal.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
        await using var client = await PlatformClient.ConnectAsync(settings.GatewayPort);
        var complaints = client.Grains.GetGrain<IQueueGrain>("complaints");
        await complaints.ConfigureAsync(new QueueConfiguration
        {
            Name = "complaints", Skill = "complaint", MaxWait = TimeSpan.FromSeconds(2), MaxWaitAction = MaxWaitAction.Voicemail,
        });
        await using var citizen = new TestPhone("13800138000");

        // This caller's phone signals keys by SIP INFO (the RFC 4733 and in-band paths have their own tests).
        var dialog = await citizen.CallAsync("12328", settings.SipPort);
        Assert.Equal(200, await citizen.InfoAsync(dialog, "application/dtmf-relay", "Signal=1\r\nDuration=160\r\n"));
        var voicemail = Path.Combine(settings.DataDir, "voicemail");
        await EventuallyAsync(() => Directory.Exists(voicemail) && Directory.EnumerateFiles(voicemail, "*.wav", SearchOption.AllDirectories).Any(),
            "the voicemail recording starts after the maximum wait", portal);
        await Task.Delay(TimeSpan.FromSeconds(1.5), TestContext.Current.CancellationToken);
        Assert.Equal(200, await citizen.InfoAsync(dialog, "application/dtmf-relay", "Signal=#\r\nDuration=160\r\n"));

        // The flow thanks the caller and the platform hangs up.
        await EventuallyAsync(() => citizen.Dialogs.Count == 0, "the platform hangs up after the message", portal);
        var message = Assert.Single(Directory.EnumerateFiles(voicemail, "*.wav", SearchOption.AllDirectories));
        Assert.True(new FileInfo(message).Length > 44 + 8000, $"{message} holds at least half a second of audio");
        var snapshot = await complaints.GetSnapshotAsync();
        Assert.Equal(0, snapshot.Waiting);
        var callId = Path.GetFileNameWithoutExtension(message)[..^2]; // <callId>-1.wav
        CallDetailRecord? record = null;
        await EventuallyAsync(async () => (record = await client.Grains.GetGrain<ICallGrain>(callId).GetRecordAsync()) is not null, "the CDR is written", portal);
        Assert.Equal(CallEndCause.Overflowed, record!.EndCause);
        Assert.Equal("complaints", record.Queue);
    }

    [Fact]
    public async Task Blind_transfer_to_the_enquiries_queue_reaches_an_enquiries_agent()
    {
        var settings = PortalSettings.Fresh();
        AlwaysOpenFlow.WriteTo(settings.DataDir);
        await using var portal = PortalProcess.Start(settings, new Dictionary<string, string?> { ["Hotline__Sip__DigestAlgorithms__0"] = "MD5" });
        await portal.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
        await using var client = await PlatformClient.ConnectAsync(settings.GatewayPort);
        // 8001 takes complaints (and enquiries at a lower level); 8006 takes enquiries only.
        await using var agentA = await Baresip.StartAsync(new BaresipAccount("8001", "demo-8001", settings.SipPort, AnswerMode: "auto"));
        await using var agentB = await Baresip.StartAsync(new BaresipAccount("8006", "demo-8006", settings.SipPort, AnswerMode: "auto"));
        await agentA.WaitForEventAsync("REGISTER_OK");
        await agentB.WaitForEventAsync("REGISTER_OK");
        var grainA = client.Grains.GetGrain<IAgentGrain>("8001");
        await grainA.LoginAsync();
        await grainA.SetReadyAsync();

        var caller = Sipp.RunAsync(
            Path.Combine(AppContext.BaseDirectory, "TestData", "sipp", "caller-presses-1.xml"),
            $"127.0.0.1:{settings.SipPort}", ["-s", "12328", "-m", "1", "-mp", LoopbackPorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture)],
            TimeSpan.FromSeconds(60));
        await agentA.WaitForEventAsync("CALL_ESTABLISHED", timeout: Wait);
        string? callId = null;
        await EventuallyAsync(async () => (callId = (await grainA.GetSnapshotAsync()).CallId) is not null, "agent A has the call", portal);
        var grainB = client.Grains.GetGrain<IAgentGrain>("8006");
        await grainB.LoginAsync();
        await grainB.SetReadyAsync();

        await client.Grains.GetGrain<ICallGrain>(callId!).TransferAsync(TransferTarget.Queue("enquiries"));

        await agentA.WaitForEventAsync("CALL_CLOSED", timeout: Wait);
        await agentB.WaitForEventAsync("CALL_ESTABLISHED", timeout: Wait);
        var run = await caller;
        Assert.True(run.SuccessfulCalls == 1, run.Describe());
        CallDetailRecord? record = null;
        await EventuallyAsync(async () => (record = await client.Grains.GetGrain<ICallGrain>(callId!).GetRecordAsync()) is not null, "the CDR is written", portal);
        Assert.Equal("8006", record!.AgentId);
        Assert.Equal("enquiries", record.Queue);
        var hop = Assert.Single(record.Transfers);
        Assert.Equal("8001", hop.From);
        Assert.Equal("queue:enquiries", hop.To);
        Assert.Equal(AgentStatus.WrapUp, (await grainA.GetSnapshotAsync()).Status);
        Assert.True(File.Exists(record.RecordingPath), "one recording spans the transfer");
    }

    private static Task EventuallyAsync(Func<bool> condition, string description, PortalProcess portal) =>
        Eventually.HoldsAsync(condition, description, portal, Wait);

    private static Task EventuallyAsync(Func<Task<bool>> condition, string description, PortalProcess portal) =>
        Eventually.HoldsAsync(condition, description, portal, Wait);
}
