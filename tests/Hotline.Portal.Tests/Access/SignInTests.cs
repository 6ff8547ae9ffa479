using System.Net;

namespace Hotline.Portal.Tests.Access;

/// <summary>Cookie sign-in against the real platform process: demo accounts, the Chinese failure message, lockout, sign-out.</summary>
[Trait("Category", "Integration")]
public sealed class SignInTests(PortalHostFixture host) : IClassFixture<PortalHostFixture>
{
    [Fact]
    public async Task Agent_signs_in_with_the_demo_password_and_reaches_the_home_page()
    {
        using var session = new PortalSession(host.BaseAddress);
        using var response = await session.SignInAsync("8001", "demo-8001");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", PortalSession.RedirectPath(response));

        using var home = await session.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var html = await home.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("坐席代表", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_is_refused_with_a_Chinese_message_and_no_cookie()
    {
        using var session = new PortalSession(host.BaseAddress);
        using var response = await session.SignInAsync("8002", "not-the-password");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("用户名或密码错误", html, StringComparison.Ordinal);

        using var home = await session.GetAsync("/");
        PortalSession.AssertRedirectedTo("/account/login", home);
    }

    [Fact]
    public async Task Empty_fields_are_named_in_Chinese()
    {
        using var session = new PortalSession(host.BaseAddress);
        using var response = await session.SignInAsync("", "");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("请输入用户名", html, StringComparison.Ordinal);
        Assert.Contains("请输入密码", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        using var session = new PortalSession(host.BaseAddress);
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await session.SignInAsync("8010", "wrong-" + i);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var right = await session.SignInAsync("8010", "demo-8010");
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var html = WebUtility.HtmlDecode(await right.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("账号已锁定", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_culture_switch_turns_the_sign_in_page_to_English_and_back()
    {
        using var session = new PortalSession(host.BaseAddress);
        using var english = await session.GetAsync("/account/culture?culture=en-US&returnUrl=/account/login");
        Assert.Equal(HttpStatusCode.Redirect, english.StatusCode);
        Assert.Equal("/account/login", PortalSession.RedirectPath(english));
        using var page = await session.GetAsync("/account/login");
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Sign in", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"en-US\"", html, StringComparison.Ordinal);

        using var chinese = await session.GetAsync("/account/culture?culture=zh-CN&returnUrl=https://evil.example/");
        Assert.Equal("/", PortalSession.RedirectPath(chinese));
        using var again = await session.GetAsync("/account/login");
        Assert.Contains("登录", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_culture_is_refused_naming_the_value()
    {
        using var session = new PortalSession(host.BaseAddress);
        using var response = await session.GetAsync("/account/culture?culture=fr-FR");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("fr-FR", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
