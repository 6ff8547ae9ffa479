using System.Net;
using Hotline.Portal.Tests.Access;

namespace Hotline.Portal.Tests.Admin;

/// <summary>The users-and-roles page on the real platform process: the admin reaches it and sees the demo accounts, other roles are denied, anonymous visitors sent to sign in.</summary>
[Trait("Category", "Integration")]
public sealed class AdminPageAccessTests(PortalHostFixture host) : IClassFixture<PortalHostFixture>
{
    [Fact]
    public async Task The_admin_sees_the_demo_users_with_their_roles()
    {
        using var session = new PortalSession(host.BaseAddress);
        await session.SignInOrFailAsync("admin", "demo-admin");
        using var response = await session.GetAsync("/admin/users");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户与角色", html, StringComparison.Ordinal);
        Assert.Contains("role-8001-agent", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("8001")]
    [InlineData("supervisor")]
    public async Task Other_roles_are_sent_to_the_denied_page(string user)
    {
        using var session = new PortalSession(host.BaseAddress);
        await session.SignInOrFailAsync(user, "demo-" + user);
        using var response = await session.GetAsync("/admin/users");
        PortalSession.AssertRedirectedTo("/account/denied", response);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var session = new PortalSession(host.BaseAddress);
        using var response = await session.GetAsync("/admin/users");
        PortalSession.AssertRedirectedTo("/account/login", response);
    }
}
