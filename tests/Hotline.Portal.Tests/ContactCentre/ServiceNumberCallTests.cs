using Hotline.Grains.Abstractions.Agents;
using Hotline.Grains.Abstractions.Calls;
using Hotline.Grains.Abstractions.Events;
using Hotline.Portal.Tests.Hosting;
using Hotline.Telephony.Media.Audio;
using Hotline.Telephony.Tests.Peers;

namespace Hotline.Portal.Tests.ContactCentre;

/// <summary>
/// The whole contact centre in the real platform process with real peers on loopback: a sipp citizen calls 12328 and
/// presses 1, the IVR queues the call for complaints, the ACD rings the longest-idle of two baresip agents (auto-answer),
/// they talk, the citizen hangs up; the call's grain holds a CDR with ordered timestamps and the recording is on disk.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ServiceNumberCallTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Citizen_pressing_1_reaches_the_longest_idle_complaints_agent_and_the_call_is_recorded()
    {
        var settings = PortalSettings.Fresh();
        AlwaysOpenFlow.WriteTo(settings.DataDir);
        // baresip 1.0 answers MD5 digest challenges only.
        await using var portal = PortalProcess.Start(settings, new Dictionary<string, string?> { ["Hotline__Sip__DigestAlgorithms__0"] = "MD5" });
        await portal.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
        await using var client = await PlatformClient.ConnectAsync(settings.GatewayPort);
        await using var agent1 = await Baresip.StartAsync(new BaresipAccount("8001", "demo-8001", settings.SipPort, AnswerMode: "auto"));
        await using var agent2 = await Baresip.StartAsync(new BaresipAccount("8002", "demo-8002", settings.SipPort, AnswerMode: "auto"));
        await agent1.WaitForEventAsync("REGISTER_OK");
        await agent2.WaitForEventAsync("REGISTER_OK");

        // 8002 is ready first, so it is the longest idle when the call arrives.
        var grain2 = client.Grains.GetGrain<IAgentGrain>("8002");
        var grain1 = client.Grains.GetGrain<IAgentGrain>("8001");
        await grain2.LoginAsync();
        await grain2.SetReadyAsync();
        await Task.Delay(200, TestContext.Current.CancellationToken);
        await grain1.LoginAsync();
        await grain1.SetReadyAsync();

        var caller = Sipp.RunAsync(
            Path.Combine(AppContext.BaseDirectory, "TestData", "sipp", "caller-presses-1.xml"),
            $"127.0.0.1:{settings.SipPort}", ["-s", "12328", "-m", "1", "-mp", LoopbackPorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture)],
            TimeSpan.FromSeconds(60));

        var established = await agent2.WaitForEventAsync("CALL_ESTABLISHED", timeout: Wait);
        string? callId = null;
        await Eventually.HoldsAsync(async () => (callId = (await grain2.GetSnapshotAsync()).CallId) is not null, "agent 8002 has the call", portal, Wait);
        var run = await caller;
        Assert.True(run.SuccessfulCalls == 1, run.Describe() + "\n" + portal.StandardOutput);
        await agent2.WaitForEventAsync("CALL_CLOSED", timeout: Wait);
        Assert.DoesNotContain(agent1.Events, e => e.Type == "CALL_ESTABLISHED");

        var call = client.Grains.GetGrain<ICallGrain>(callId!);
        CallDetailRecord? record = null;
        await Eventually.HoldsAsync(async () => (record = await call.GetRecordAsync()) is not null, $"the CDR of {callId} ({established.Type}) is written", portal, Wait);
        Assert.Equal(CallEndCause.Completed, record!.EndCause);
        Assert.Equal("complaints", record.Queue);
        Assert.Equal("8002", record.AgentId);
        Assert.Equal("12328", record.CalledNumber);
        Assert.Contains(record.IvrPath, step => step.StartsWith("welcome[1]", StringComparison.Ordinal));
        Assert.True(record.ArrivedAt <= record.QueuedAt && record.QueuedAt <= record.OfferedAt
            && record.OfferedAt <= record.AnsweredAt && record.AnsweredAt <= record.EndedAt,
            $"timestamps out of order: arrived {record.ArrivedAt:O}, queued {record.QueuedAt:O}, offered {record.OfferedAt:O}, answered {record.AnsweredAt:O}, ended {record.EndedAt:O}");
        Assert.True(record.TalkSeconds > 3, $"talked {record.TalkSeconds} s");
        Assert.True(File.Exists(record.RecordingPath), $"recording {record.RecordingPath}");
        Assert.StartsWith(Path.Combine(settings.DataDir, "recordings"), record.RecordingPath, StringComparison.Ordinal);
        var recording = WavReader.Read(record.RecordingPath);
        Assert.Equal(2, recording.Format.Channels);
        Assert.True(recording.Duration > TimeSpan.FromSeconds(5), $"recording lasts {recording.Duration}");

        var snapshot = await call.GetSnapshotAsync();
        Assert.Equal(CallPhase.Ended, snapshot.Phase);
        Assert.Equal(AgentStatus.WrapUp, (await grain2.GetSnapshotAsync()).Status);
        Assert.Equal(AgentStatus.Ready, (await grain1.GetSnapshotAsync()).Status);
    }
}
