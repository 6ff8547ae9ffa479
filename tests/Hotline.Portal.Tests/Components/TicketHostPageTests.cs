using System.Net;
using Hotline.Portal.Tests.Access;
using Hotline.Portal.Tests.Tickets;

namespace Hotline.Portal.Tests.Components;

/// <summary>The ticket pages on the real platform process: staff roles open them (server-rendered with the store's data), others are refused, anonymous users sent to sign in.</summary>
[Trait("Category", "Integration")]
public sealed class TicketHostPageTests(PortalHostFixture host) : IClassFixture<PortalHostFixture>
{
    [Fact]
    public async Task A_supervisor_gets_the_ticket_centre()
    {
        using var session = new PortalSession(host.BaseAddress);
        await session.SignInOrFailAsync("supervisor", "demo-supervisor");

        using var response = await session.GetAsync("/tickets");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Server rendering writes Chinese as character references.
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("工单中心", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"overdue-list\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/tickets")]
    [InlineData("/tickets/12328-20261128-0000001")]
    public async Task Anonymous_users_are_sent_to_sign_in(string path)
    {
        using var session = new PortalSession(host.BaseAddress);

        using var response = await session.GetAsync(path);

        PortalSession.AssertRedirectedTo("/account/login", response);
    }

    [Fact]
    public async Task An_inspector_is_refused_the_ticket_centre()
    {
        using var session = new PortalSession(host.BaseAddress);
        await session.SignInOrFailAsync("inspector", "demo-inspector");

        using var response = await session.GetAsync("/tickets");

        PortalSession.AssertRedirectedTo("/account/denied", response);
    }

    [Fact]
    public async Task An_analyst_reads_the_ticket_centre_but_not_the_ticket_api()
    {
        using var session = new PortalSession(host.BaseAddress);
        await session.SignInOrFailAsync("analyst", "demo-analyst");

        using var page = await session.GetAsync("/tickets?category=%E5%9F%8E%E5%B8%82%E5%AE%A2%E8%BF%90");
        using var api = await session.GetAsync("/api/v1/tickets");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
    }

    [Fact]
    public async Task A_ticket_taken_in_at_the_desk_shows_with_its_description_and_history_to_a_supervisor()
    {
        using var agent = await StaffTicketClient.SignInAsync(host.BaseAddress, "8005");
        var number = await agent.SubmitOrFailAsync("13900139005", "公交车到站不停，乘客无法上车", "粤B67890");
        using var session = new PortalSession(host.BaseAddress);
        await session.SignInOrFailAsync("supervisor", "demo-supervisor");

        using var response = await session.GetAsync("/tickets/" + number);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Server rendering writes Chinese as character references.
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("公交车到站不停，乘客无法上车", html, StringComparison.Ordinal);
        Assert.Contains("data-action=\"intake\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"action-dispatch\"", html, StringComparison.Ordinal);
    }
}
