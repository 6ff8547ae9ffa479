using System.Net;
using System.Text.Json;
using Hotline.Portal.Tests.Access;
using Hotline.Portal.Tests.Hosting;
using Hotline.Qa.Hosting;
using Hotline.Qa.Transcription;

namespace Hotline.Portal.Tests.Qa;

/// <summary>The agent's side of QA on the real platform: a reviewed call of agent 8001 (put in the platform's data folder with the QA library
/// before it starts) is listed for 8001 only, appealed with a reason, and decided by an administrator (a QA lead's right); an inspector may not
/// decide and another agent may not answer.</summary>
[Trait("Category", "Integration")]
public sealed class QaAppealApiTests
{
    private const string CallId = "call-api-appeal";

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected, string what)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == expected, $"{what}: expected {(int)expected}, got {(int)response.StatusCode} {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task An_agent_appeals_a_reviewed_result_and_an_administrator_decides_it()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = PortalSettings.Fresh();
        using (var qa = QaPipeline.Open(settings.DataDir, new TranscriptionSettings(), new QaSettings(), null, TimeProvider.System))
        {
            await QaCallSeed.SeedAsync(qa, settings.DataDir, CallId, queued: false, ct);
            await qa.Reviews.ClaimNextAsync("inspector", ct);
            await qa.Reviews.CompleteAsync(CallId, "inspector", "结束语缺失", ct);
        }

        await using var portal = PortalProcess.Start(settings, new Dictionary<string, string?> { ["Hotline__Qa__Workers"] = "0" });
        await portal.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
        using var agent = new PortalSession(portal.BaseAddress);
        await agent.SignInOrFailAsync("8001", "demo-8001");
        using var colleague = new PortalSession(portal.BaseAddress);
        await colleague.SignInOrFailAsync("8002", "demo-8002");
        using var inspector = new PortalSession(portal.BaseAddress);
        await inspector.SignInOrFailAsync("inspector", "demo-inspector");
        using var admin = new PortalSession(portal.BaseAddress);
        await admin.SignInOrFailAsync("admin", "demo-admin");

        using (var mine = await agent.GetAsync("/api/v1/qa/mine"))
            Assert.Equal([CallId], (await JsonAsync(mine, HttpStatusCode.OK, "8001's results")).EnumerateArray().Select(r => r.GetProperty("callId").GetString()));
        using (var theirs = await colleague.GetAsync("/api/v1/qa/mine"))
            Assert.Equal(0, (await JsonAsync(theirs, HttpStatusCode.OK, "8002's results")).GetArrayLength());
        using (var notTheirs = await colleague.PostJsonAsync($"/api/v1/qa/mine/{CallId}/acknowledge", "{}"))
            await JsonAsync(notTheirs, HttpStatusCode.NotFound, "8002 acknowledging 8001's call");
        using (var noReason = await agent.PostJsonAsync($"/api/v1/qa/mine/{CallId}/appeal", """{"reason":" "}"""))
            Assert.Contains("reason", (await JsonAsync(noReason, HttpStatusCode.BadRequest, "appeal without a reason")).GetProperty("detail").GetString(), StringComparison.Ordinal);
        using (var appealed = await agent.PostJsonAsync($"/api/v1/qa/mine/{CallId}/appeal", """{"reason":"结束语其实说了"}"""))
            Assert.Equal("Appealed", (await JsonAsync(appealed, HttpStatusCode.OK, "appeal")).GetProperty("status").GetString());
        using (var again = await agent.PostJsonAsync($"/api/v1/qa/mine/{CallId}/acknowledge", "{}"))
            await JsonAsync(again, HttpStatusCode.Conflict, "acknowledging an appealed call");

        using (var queue = await inspector.GetAsync("/api/v1/qa/appeals"))
            Assert.Equal([CallId], (await JsonAsync(queue, HttpStatusCode.OK, "open appeals")).EnumerateArray().Select(r => r.GetProperty("callId").GetString()));
        using (var refused = await inspector.PostJsonAsync($"/api/v1/qa/calls/{CallId}/appeal/decision", """{"upheld":false,"decision":"维持原判"}"""))
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using (var agentRefused = await agent.PostJsonAsync($"/api/v1/qa/calls/{CallId}/appeal/decision", """{"upheld":true,"decision":"自己裁定"}"""))
            Assert.Equal(HttpStatusCode.Forbidden, agentRefused.StatusCode);
        using (var decided = await admin.PostJsonAsync($"/api/v1/qa/calls/{CallId}/appeal/decision", """{"upheld":false,"decision":"复听确认未说结束语"}"""))
        {
            var review = await JsonAsync(decided, HttpStatusCode.OK, "decision");
            Assert.Equal("AppealDecided", review.GetProperty("status").GetString());
            Assert.False(review.GetProperty("appeal").GetProperty("upheld").GetBoolean());
        }
    }
}
