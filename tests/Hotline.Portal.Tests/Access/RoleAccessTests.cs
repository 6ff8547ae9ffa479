using System.Net;

namespace Hotline.Portal.Tests.Access;

/// <summary>Each demo role reaches its own pages and API and is refused the others (redirect to the denied page, 403 for the API); anonymous callers are refused everything but the public allow-list.</summary>
[Trait("Category", "Integration")]
public sealed class RoleAccessTests(PortalHostFixture host) : IClassFixture<PortalHostFixture>
{
    public static TheoryData<string, string, bool> Pages => new()
    {
        { "8003", "/desk", true },
        { "8003", "/wallboard", false },
        { "8003", "/admin/audit", false },
        { "supervisor", "/wallboard", true },
        { "supervisor", "/desk", false },
        { "supervisor", "/admin/audit", false },
        { "admin", "/admin/audit", true },
        { "admin", "/desk", false },
        { "analyst", "/", true },
        { "analyst", "/wallboard", false },
        { "inspector", "/desk", false },
        { "hr", "/admin/audit", false },
        { "admin", "/admin/orleans/", true },
        { "supervisor", "/admin/orleans/", false },
        { "analyst", "/reports", true },
        { "8004", "/reports", false },
        { "hr", "/hr/reviews", true },
        { "supervisor", "/hr/reviews", true },
        { "8003", "/hr/reviews", false },
        { "analyst", "/hr/reviews", false },
        { "8003", "/me/reviews", true },
        { "8003", "/training", true },
        { "8003", "/training/attempts/no-such-attempt", true },
        { "hr", "/hr/reviews/8001/2026-10-01/2026-10-31", true },
        { "analyst", "/dashboards", true },
        { "analyst", "/tickets", true },
        { "inspector", "/tickets", false },
        { "admin", "/training/manage", true },
        { "8003", "/training/manage", false },
        { "hr", "/training/manage", false },
        { "supervisor", "/hr/rosters", true },
        { "8003", "/hr/rosters", false },
        { "hr", "/hr/rosters", false },
        { "8003", "/me/schedule", true },
        { "qa-lead", "/qa", true },
        { "qa-lead", "/training/manage", true },
        { "qa-lead", "/dashboards", true },
        { "qa-lead", "/hr/reviews", false },
        { "qa-lead", "/admin/users", false },
        { "operator", "/admin/health", true },
        { "operator", "/admin/orleans/", true },
        { "operator", "/admin/users", false },
        { "operator", "/admin/audit", false },
        { "operator", "/desk", false },
        { "executive", "/tickets", true },
        { "executive", "/", true },
        { "executive", "/wallboard", false },
        { "executive", "/admin/users", false },
        { "executive", "/hr/reviews", false },
        { "executive", "/dashboards", true },
        { "executive", "/reports", true },
        { "trainer", "/training", true },
        { "trainer", "/knowledge", true },
        { "trainer", "/qa", false },
        { "trainer", "/hr/reviews", false },
        { "trainer", "/tickets", false },
        { "manager", "/hr/reviews", true },
        { "manager", "/wallboard", true },
        { "manager", "/qa", true },
        { "manager", "/dashboards", true },
        { "manager", "/admin/notices", true },
        { "manager", "/admin/users", false },
        { "manager", "/desk", false },
        { "hr", "/hr/employees", true },
        { "manager", "/hr/employees", true },
        { "8003", "/hr/employees", false },
        { "analyst", "/hr/employees", false },
        { "trainer", "/hr/employees", false },
    };

    public static TheoryData<string, string, HttpStatusCode> Api => new()
    {
        { "analyst", "/api/v1/reports/archive", HttpStatusCode.OK },
        { "hr", "/api/v1/reports/archive", HttpStatusCode.OK },
        { "8004", "/api/v1/reports/archive", HttpStatusCode.Forbidden },
        { "inspector", "/api/v1/reports/archive", HttpStatusCode.Forbidden },
        { "8004", "/api/v1/recordings/no-such-call", HttpStatusCode.Forbidden },
        { "inspector", "/api/v1/recordings/no-such-call", HttpStatusCode.NotFound },
        { "8004", "/api/v1/people/attempts?state=AwaitingGrading", HttpStatusCode.Forbidden },
        { "hr", "/api/v1/people/attempts?state=AwaitingGrading", HttpStatusCode.OK },
        { "hr", "/api/v1/people/attempts?state=Sleeping", HttpStatusCode.BadRequest },
        { "hr", "/api/v1/people/attempts?limit=0", HttpStatusCode.BadRequest },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_role_reaches_its_pages_and_is_sent_to_the_denied_page_elsewhere(string user, string path, bool allowed)
    {
        using var session = new PortalSession(host.BaseAddress);
        await session.SignInOrFailAsync(user, "demo-" + user);
        using var response = await session.GetAsync(path);
        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            PortalSession.AssertRedirectedTo("/account/denied", response);
        }
    }

    [Fact]
    public async Task HR_finds_the_demo_staff_in_the_employee_list_with_links_to_their_records()
    {
        using var session = new PortalSession(host.BaseAddress);
        await session.SignInOrFailAsync("hr", "demo-hr");
        using var response = await session.GetAsync("/hr/employees");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var employee in new[] { "8001", "8010", "supervisor", "manager", "trainer", "executive", "operator" })
        {
            Assert.Contains($"href=\"/hr/employees/{employee}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("坐席代表", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Api))]
    public async Task The_API_checks_the_role_of_the_signed_in_user(string user, string path, HttpStatusCode expected)
    {
        using var session = new PortalSession(host.BaseAddress);
        await session.SignInOrFailAsync(user, "demo-" + user);
        using var response = await session.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/reports/archive", HttpStatusCode.Unauthorized)]
    [InlineData("/api/v1/reports/daily?from=2026-01-01&to=2026-01-01", HttpStatusCode.Unauthorized)]
    [InlineData("/api/v1/recordings/some-call", HttpStatusCode.Unauthorized)]
    [InlineData("/healthz", HttpStatusCode.OK)]
    [InlineData("/openapi/v1.json", HttpStatusCode.OK)]
    [InlineData("/account/login", HttpStatusCode.OK)]
    public async Task Anonymous_callers_get_401_from_the_API_and_reach_only_the_public_allow_list(string path, HttpStatusCode expected)
    {
        using var session = new PortalSession(host.BaseAddress);
        using var response = await session.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/desk")]
    [InlineData("/wallboard")]
    [InlineData("/admin/audit")]
    [InlineData("/admin/orleans/")]
    [InlineData("/reports")]
    public async Task Pages_send_anonymous_visitors_to_the_sign_in_page(string path)
    {
        using var session = new PortalSession(host.BaseAddress);
        using var response = await session.GetAsync(path);
        PortalSession.AssertRedirectedTo("/account/login", response);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var session = new PortalSession(host.BaseAddress);
        await session.SignInOrFailAsync("8005", "demo-8005");
        using var home = await session.GetAsync("/");
        var html = await home.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var signOut = await session.PostFormAsync("/account/logout", html);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        using var after = await session.GetAsync("/desk");
        PortalSession.AssertRedirectedTo("/account/login", after);
    }

    [Fact]
    public async Task A_report_download_is_audited_and_the_admin_reads_it_in_the_audit_log()
    {
        using var analyst = new PortalSession(host.BaseAddress);
        await analyst.SignInOrFailAsync("analyst", "demo-analyst");
        using var report = await analyst.GetAsync("/api/v1/reports/daily?from=2026-01-05&to=2026-01-05");
        Assert.True(report.StatusCode == HttpStatusCode.OK, $"{(int)report.StatusCode}: {await report.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        Assert.Equal("application/pdf", report.Content.Headers.ContentType?.MediaType);

        using var admin = new PortalSession(host.BaseAddress);
        await admin.SignInOrFailAsync("admin", "demo-admin");
        using var page = await admin.GetAsync("/admin/audit");
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("/api/v1/reports/daily", html, StringComparison.Ordinal);
        Assert.Contains("导出", html, StringComparison.Ordinal);
        Assert.Contains("analyst", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/reports/archive")]
    [InlineData("/api/v1/recordings/{callId}")]
    public async Task The_OpenAPI_document_requires_the_portal_cookie_on_guarded_operations(string path)
    {
        using var session = new PortalSession(host.BaseAddress);
        using var response = await session.GetAsync("/openapi/v1.json");
        var document = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal("cookie", document["components"]!["securitySchemes"]!["PortalCookie"]!["in"]!.GetValue<string>());
        var security = document["paths"]![path]!["get"]!["security"]!.AsArray();
        Assert.Contains(security, requirement => requirement!.AsObject().ContainsKey("PortalCookie"));
    }
}
