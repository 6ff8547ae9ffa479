using System.Text.RegularExpressions;
using Hotline.Grains.Abstractions.Calls;
using Hotline.Grains.Abstractions.Events;
using Hotline.Grains.Calls;
using Hotline.Grains.Telephony.Store;
using Hotline.Portal.Tests.Hosting;
using Hotline.Telephony.Ivr;
using Hotline.Telephony.Tests.Peers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hotline.Portal.Tests.ContactCentre;

/// <summary>
/// Service numbers changed while the real platform process runs, through its operational store (as another silo or the numbers page would):
/// a number added with its own flow is answered and runs that flow (the caller leaves a message, the CDR names the number and the flow's path);
/// once disabled, and once removed, a number is refused like any unknown number. No restart in between.
/// </summary>
[Trait("Category", "Integration")]
public sealed partial class ServiceNumberRegistryCallTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(45);

    private const string MessageFlowJson = """
        {
          "id": "96196-message",
          "version": 1,
          "name": "96196 留言专线",
          "start": "greeting",
          "nodes": {
            "greeting": { "type": "play", "prompt": { "say": "您好，这里是留言专线，请在提示音后留言，完毕请按井号键。" }, "next": "message" },
            "message": {
              "type": "voicemail", "maxLengthSeconds": 60, "finishKey": "#", "beep": true,
              "thanksPrompt": { "say": "留言已记录，再见。" }, "onEmpty": "bye"
            },
            "bye": { "type": "hangup", "prompt": { "say": "再见。" }, "reason": "no message" }
          }
        }
        """;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_number_added_at_run_time_runs_its_own_flow_and_a_disabled_or_removed_number_is_refused()
    {
        var settings = PortalSettings.Fresh();
        await using var portal = PortalProcess.Start(settings);
        await portal.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
        await using var client = await PlatformClient.ConnectAsync(settings.GatewayPort);
        await using var services = new ServiceCollection()
            .AddDbContextFactory<TelephonyDbContext>(db => db.UseSqlite($"Data Source={Path.Combine(settings.DataDir, "hotline.db")}"))
            .BuildServiceProvider();
        var contexts = services.GetRequiredService<IDbContextFactory<TelephonyDbContext>>();
        var numbers = new ServiceNumberStore(contexts, TimeProvider.System);
        var flows = new IvrFlowStore(contexts, TimeProvider.System, NullLogger<IvrFlowStore>.Instance);
        await using var citizen = new TestPhone("13800138000");

        // Seeded at start from the default configuration: 12328 and the welcome flow; 96196 is unknown.
        Assert.Equal(["12328"], (await numbers.ListAsync(Token)).Select(n => n.Number));
        Assert.Contains(CallFlows.Welcome, (await flows.LatestAsync(Token)).Select(f => f.Name));
        Assert.Matches(Refused(), (await Assert.ThrowsAsync<InvalidOperationException>(() => citizen.CallAsync("96196", settings.SipPort))).Message);

        var flow = IvrFlowJson.Parse(MessageFlowJson);
        Assert.True(IvrFlowValidator.Validate(flow).IsValid);
        await flows.SaveAsync("96196-message", flow, "test", Token);
        Assert.True(await numbers.AddAsync("96196", "96196-message", "留言专线", enabled: true, Token));

        // The platform follows the store within its poll interval: the call is answered once it has.
        var dialog = await AnsweredAsync(citizen, "96196", settings.SipPort, portal);
        var voicemail = Path.Combine(settings.DataDir, "voicemail");
        await Eventually.HoldsAsync(() => Directory.Exists(voicemail) && Directory.EnumerateFiles(voicemail, "*.wav", SearchOption.AllDirectories).Any(),
            "the new number's flow records a message", portal, Wait);
        await Task.Delay(TimeSpan.FromSeconds(1.5), Token);
        Assert.Equal(200, await citizen.InfoAsync(dialog, "application/dtmf-relay", "Signal=#\r\nDuration=160\r\n"));
        await Eventually.HoldsAsync(() => citizen.Dialogs.Count == 0, "the flow thanks the caller and hangs up", portal, Wait);

        var message = Assert.Single(Directory.EnumerateFiles(voicemail, "*.wav", SearchOption.AllDirectories));
        var callId = Path.GetFileNameWithoutExtension(message)[..^2]; // <callId>-1.wav
        CallDetailRecord? record = null;
        await Eventually.HoldsAsync(async () => (record = await client.Grains.GetGrain<ICallGrain>(callId).GetRecordAsync()) is not null, "the CDR is written", portal, Wait);
        Assert.Equal("96196", record!.CalledNumber);
        Assert.Contains(record.IvrPath, step => step.StartsWith("greeting", StringComparison.Ordinal));
        Assert.DoesNotContain(record.IvrPath, step => step.StartsWith("welcome", StringComparison.Ordinal));

        // Disabled: refused like an unknown number, while 12328 is still answered.
        Assert.True(await numbers.UpdateAsync("96196", "96196-message", "留言专线", enabled: false, Token));
        await RefusedAsync(citizen, "96196", settings.SipPort, portal);
        var stillOpen = await citizen.CallAsync("12328", settings.SipPort);
        Assert.Equal(200, await citizen.HangupAsync(stillOpen));

        // Removed: refused too.
        Assert.True(await numbers.RemoveAsync("12328", Token));
        await RefusedAsync(citizen, "12328", settings.SipPort, portal);
    }

    private static async Task<Hotline.Telephony.Sip.Dialogs.SipDialog> AnsweredAsync(TestPhone phone, string number, int port, PortalProcess portal)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            try
            {
                return await phone.CallAsync(number, port);
            }
            catch (InvalidOperationException ex) when (DateTime.UtcNow < deadline && Refused().IsMatch(ex.Message))
            {
                await Task.Delay(250, Token);
            }
            catch (InvalidOperationException ex)
            {
                Assert.Fail($"{number} was not answered within 20 s: {ex.Message}\n{portal.StandardOutput}");
                throw;
            }
        }
    }

    private static async Task RefusedAsync(TestPhone phone, string number, int port, PortalProcess portal)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            try
            {
                var dialog = await phone.CallAsync(number, port);
                await phone.HangupAsync(dialog);
                Assert.True(DateTime.UtcNow < deadline, $"{number} was still answered after 20 s\n{portal.StandardOutput}");
                await Task.Delay(250, Token);
            }
            catch (InvalidOperationException ex)
            {
                Assert.Matches(Refused(), ex.Message);
                return;
            }
        }
    }

    // An anonymous caller dialling a number that is not a service number is challenged for credentials, as before the registry.
    [GeneratedRegex(": 40[17] ")]
    private static partial Regex Refused();
}
