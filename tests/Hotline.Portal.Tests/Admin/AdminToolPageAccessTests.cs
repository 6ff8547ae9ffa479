using System.Net;
using Hotline.Portal.Tests.Access;

namespace Hotline.Portal.Tests.Admin;

/// <summary>The IVR, system-health, queue, agent-skill and business-hours pages on the real platform process: the admin gets them rendered with their
/// data, an agent and a supervisor are sent to the denied page, anonymous visitors to sign-in.</summary>
[Trait("Category", "Integration")]
public sealed class AdminToolPageAccessTests(PortalHostFixture host) : IClassFixture<PortalHostFixture>
{
    public static TheoryData<string, string> Pages { get; } = new()
    {
        { "/admin/ivr", "ivr-edit-12328" },
        { "/admin/ivr/12328", "交通运输服务监督热线" },
        { "/admin/health", "health-state-silo" },
        { "/admin/queues", "queue-edit-complaints" },
        { "/admin/skills", "skills-edit-8001" },
        { "/admin/hours", "hours-pick-12328-service" },
        { "/admin/categories", "category-edit-urban.taxi.refusal" },
        { "/admin/workflows", "workflow-edit-Complaint" },
        { "/admin/notices", "notice-form-title" },
        { "/admin/numbers", "service-number-flow-12328" },
    };

    /// <summary>The pages a non-admin demo account may open (the health page is the operators' too, notices the managers', agent skills the supervisors'); every other page is refused.
    /// Declared before <see cref="RefusedVisits"/>, whose initializer reads it (static initializers run in textual order).</summary>
    private static readonly Dictionary<string, string[]> AllowedBesideAdmin = new()
    {
        ["8001"] = [],
        ["supervisor"] = ["/admin/skills"],
        ["operator"] = ["/admin/health"],
        ["manager"] = ["/admin/notices"],
        ["executive"] = [],
        ["trainer"] = [],
        ["qa-lead"] = [],
    };

    public static TheoryData<string, string> RefusedVisits { get; } = Refusals();

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_admin_gets_the_page_with_its_data(string path, string expected)
    {
        using var session = new PortalSession(host.BaseAddress);
        await session.SignInOrFailAsync("admin", "demo-admin");
        using var response = await session.GetAsync(path);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RefusedVisits))]
    public async Task Other_roles_are_sent_to_the_denied_page(string user, string path)
    {
        using var session = new PortalSession(host.BaseAddress);
        await session.SignInOrFailAsync(user, "demo-" + user);
        using var response = await session.GetAsync(path);
        PortalSession.AssertRedirectedTo("/account/denied", response);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string path, string expected)
    {
        Assert.NotEmpty(expected);
        using var session = new PortalSession(host.BaseAddress);
        using var response = await session.GetAsync(path);
        PortalSession.AssertRedirectedTo("/account/login", response);
    }


    [Theory]
    [InlineData("operator", "/admin/health", "health-state-silo")]
    [InlineData("manager", "/admin/notices", "notice-form-title")]
    [InlineData("supervisor", "/admin/skills", "skills-edit-8001")]
    public async Task Operators_read_system_health_and_managers_publish_notices(string user, string path, string expected)
    {
        using var session = new PortalSession(host.BaseAddress);
        await session.SignInOrFailAsync(user, "demo-" + user);
        using var response = await session.GetAsync(path);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    private static TheoryData<string, string> Refusals()
    {
        var data = new TheoryData<string, string>();
        foreach (var (user, allowed) in AllowedBesideAdmin)
        {
            foreach (var path in Pages)
            {
                var page = (string)path.Data.Item1;
                if (!allowed.Contains(page))
                {
                    data.Add(user, page);
                }
            }
        }
        return data;
    }
}
