using System.Net;
using System.Text.Json;
using Hotline.Portal.Tests.Access;

namespace Hotline.Portal.Tests.Jobs;

/// <summary>A report produced as a background job on the real portal: started by a report reader, followed under /api/v1/jobs
/// to its archived PDF; other users cannot see it; requests that cannot be served are refused before any job starts.</summary>
[Trait("Category", "Integration")]
public sealed class ReportJobApiTests(PortalHostFixture host) : IClassFixture<PortalHostFixture>
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected, string what)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == expected, $"{what}: expected {(int)expected}, got {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task A_report_job_runs_to_an_archived_pdf_that_only_its_owner_follows()
    {
        using var analyst = new PortalSession(host.BaseAddress);
        await analyst.SignInOrFailAsync("analyst", "demo-analyst");

        using var started = await analyst.PostJsonAsync("/api/v1/reports/jobs", """{"kind":"daily","from":"2026-11-20","to":"2026-11-20"}""");
        var job = await JsonAsync(started, HttpStatusCode.Accepted, "start");
        var id = job.GetProperty("id").GetString()!;
        Assert.Equal($"/api/v1/jobs/{id}", started.Headers.Location?.OriginalString);
        Assert.Equal("日报 2026-11-20", job.GetProperty("title").GetString());

        JsonElement current = job;
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (current.GetProperty("state").GetString() == "Running" && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
            using var poll = await analyst.GetAsync($"/api/v1/jobs/{id}");
            current = await JsonAsync(poll, HttpStatusCode.OK, "follow");
        }

        Assert.True(current.GetProperty("state").GetString() == "Succeeded", $"the job did not succeed: {current}");
        var result = current.GetProperty("result").GetString()!;
        Assert.StartsWith("/api/v1/reports/archive/", result, StringComparison.Ordinal);
        using var pdf = await analyst.GetAsync(result);
        var bytes = await pdf.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
        using (var mine = await analyst.GetAsync("/api/v1/jobs"))
            Assert.Contains((await JsonAsync(mine, HttpStatusCode.OK, "list")).EnumerateArray(), j => j.GetProperty("id").GetString() == id);

        using var hr = new PortalSession(host.BaseAddress);
        await hr.SignInOrFailAsync("hr", "demo-hr");
        using (var other = await hr.GetAsync($"/api/v1/jobs/{id}"))
            Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        using (var otherCancel = await hr.PostJsonAsync($"/api/v1/jobs/{id}/cancel", "{}"))
            Assert.Equal(HttpStatusCode.Forbidden, otherCancel.StatusCode);
        using (var theirs = await hr.GetAsync("/api/v1/jobs"))
            Assert.DoesNotContain((await JsonAsync(theirs, HttpStatusCode.OK, "hr's list")).EnumerateArray(), j => j.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task Requests_that_cannot_be_served_are_refused_before_a_job_starts_and_agents_may_not_start_one()
    {
        using var analyst = new PortalSession(host.BaseAddress);
        await analyst.SignInOrFailAsync("analyst", "demo-analyst");

        using (var unknownKind = await analyst.PostJsonAsync("/api/v1/reports/jobs", """{"kind":"weekly","from":"2026-11-20","to":"2026-11-20"}"""))
            Assert.Contains("weekly", (await JsonAsync(unknownKind, HttpStatusCode.BadRequest, "unknown kind")).GetProperty("detail").GetString(), StringComparison.Ordinal);
        using (var badDay = await analyst.PostJsonAsync("/api/v1/reports/jobs", """{"kind":"daily","from":"2026-13-01","to":"2026-11-20"}"""))
            Assert.Contains("from", (await JsonAsync(badDay, HttpStatusCode.BadRequest, "bad day")).GetProperty("detail").GetString(), StringComparison.Ordinal);
        using (var list = await analyst.GetAsync("/api/v1/jobs"))
            Assert.DoesNotContain((await JsonAsync(list, HttpStatusCode.OK, "list")).EnumerateArray(), j => j.GetProperty("title").GetString()!.Contains("2026-13", StringComparison.Ordinal));
        using (var unknownJob = await analyst.GetAsync("/api/v1/jobs/no-such-job"))
            Assert.Equal(HttpStatusCode.NotFound, unknownJob.StatusCode);

        using var agent = new PortalSession(host.BaseAddress);
        await agent.SignInOrFailAsync("8001", "demo-8001");
        using var refused = await agent.PostJsonAsync("/api/v1/reports/jobs", """{"kind":"daily","from":"2026-11-20","to":"2026-11-20"}""");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
