using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Portal.Channels.Sms;
using Hotline.Portal.Tests.ContactCentre;
using Hotline.Portal.Tests.Hosting;

namespace Hotline.Portal.Tests.Channels.Sms;

/// <summary>On the real platform process: a web complaint is texted its number, the approved reply brings the survey text, and the
/// citizen's one-digit answer over the SMS webhook becomes the ticket's return visit.</summary>
[Trait("Category", "Integration")]
public sealed class SmsSurveyReplyTests
{
    private const string Secret = "survey-sms-secret";
    private const string Phone = "13800138123";

    private static async Task<HttpResponseMessage> TextAsync(HttpClient http, string messageId, string text)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var body = Encoding.UTF8.GetBytes($$"""{"messageId":"{{messageId}}","from":"{{Phone}}","text":"{{text}}"}""");
        using var request = new HttpRequestMessage(HttpMethod.Post, SmsEndpoints.Route) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add(SmsSignature.TimestampHeader, timestamp);
        request.Headers.Add(SmsSignature.SignatureHeader, SmsSignature.Compute(Secret, timestamp, body));
        return await http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
            count++;
        return count;
    }

    [Fact]
    public async Task A_digit_answering_the_survey_text_is_recorded_as_the_return_visit()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = PortalSettings.Fresh();
        await using var portal = PortalProcess.Start(settings, new Dictionary<string, string?>
        {
            ["Hotline__Channels__Sms__Secret"] = Secret,
            ["Hotline__Channels__Sms__Notifications__ScanInterval"] = "00:00:00.2",
            ["Hotline__Channels__Sms__Notifications__SendInterval"] = "00:00:00.2",
        });
        await portal.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
        using var http = new HttpClient { BaseAddress = portal.BaseAddress };
        await using var platform = await PlatformClient.ConnectAsync(settings.GatewayPort);

        using var submit = new HttpRequestMessage(HttpMethod.Post, "/api/v1/public/tickets")
        {
            Content = JsonContent.Create(new { type = "complaint", citizenPhone = Phone, description = "出租车司机拒载，车牌粤B12345" }),
        };
        submit.Headers.Add("Idempotency-Key", "survey-" + Guid.NewGuid().ToString("N"));
        using var created = await http.SendAsync(submit, ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var number = (await created.Content.ReadFromJsonAsync<JsonObject>(ct))!["number"]!.GetValue<string>();
        await Eventually.HoldsAsync(() => portal.StandardOutput.Contains($"SMS to {Phone}: 【12328】您反映的问题已受理，工单号 {number}", StringComparison.Ordinal),
            "the citizen is texted the ticket number", portal, TimeSpan.FromSeconds(30));

        var ticket = platform.Grains.GetGrain<ITicketGrain>(number);
        var unit = new TicketActor("unit-handler", [PlatformRole.HandlingUnit], "taxi-office");
        await ticket.DispatchAsync(new TicketActor("8001", [PlatformRole.Agent], null), "taxi-office", null);
        await ticket.AcceptAsync(unit, null);
        await ticket.ReplyAsync(unit, "已约谈驾驶员并处罚款", null);
        await ticket.ReviewAsync(new TicketActor("supervisor", [PlatformRole.Supervisor], null), true, null);
        await Eventually.HoldsAsync(() => portal.StandardOutput.Contains($"【12328】您的工单 {number} 已答复。请回复一个数字", StringComparison.Ordinal),
            "the citizen is texted the survey", portal, TimeSpan.FromSeconds(30));

        using var answer = await TextAsync(http, "answer-1", "4");
        using var again = await TextAsync(http, "answer-1", "4");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var visited = await ticket.GetAsync();
        Assert.Equal((TicketState.Visited, 4), (visited.State, visited.Satisfaction));
        var visit = Assert.Single(await ticket.GetHistoryAsync(), h => h.Action == "visit");
        Assert.Equal(PlatformRole.System, visit.ActorId);
        // Answered with thanks (both times), not taken as a new matter.
        Assert.Equal(2, CountOf(portal.StandardOutput, $"SMS to {Phone}: 【12328】感谢您对工单 {number} 的评价"));
        Assert.DoesNotContain("您的消息未能受理", portal.StandardOutput, StringComparison.Ordinal);
    }
}
