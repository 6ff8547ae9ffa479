using System.Text.Json.Nodes;
using Hotline.Portal.Tests.Access;
using Hotline.Portal.Tests.Channels;

namespace Hotline.Portal.Tests.Tickets;

/// <summary>The staff ticket API's OpenAPI description on the real portal: every operation is summarised and requires the portal cookie, and live
/// answers (ticket, list, search, 查重, an action, 404, 409) match the schemas the document declares.</summary>
[Trait("Category", "Integration")]
public sealed class StaffTicketOpenApiTests(PortalHostFixture host) : IClassFixture<PortalHostFixture>
{
    [Fact]
    public async Task Every_ticket_operation_has_a_summary_and_requires_the_portal_cookie()
    {
        using var session = new PortalSession(host.BaseAddress);
        using var response = await session.GetAsync("/openapi/v1.json");
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        var operations = document["paths"]!.AsObject().Where(p => p.Key.StartsWith("/api/v1/tickets", StringComparison.Ordinal))
            .SelectMany(p => p.Value!.AsObject().Select(o => (Name: $"{o.Key} {p.Key}", Operation: o.Value!))).ToList();

        Assert.True(operations.Count >= 20, $"only {operations.Count} ticket operations are described");
        Assert.All(operations, o =>
        {
            Assert.False(string.IsNullOrWhiteSpace(o.Operation["summary"]?.GetValue<string>()), $"{o.Name} has no summary");
            Assert.Contains(o.Operation["security"]!.AsArray(), r => r!.AsObject().ContainsKey("PortalCookie"));
        });
        var state = document["components"]!["schemas"]!["TicketState"]!;
        Assert.Equal("Dispatched", state["enum"]!.AsArray()[1]!.GetValue<string>());
    }

    [Fact]
    public async Task Live_answers_match_the_declared_schemas()
    {
        var ct = TestContext.Current.CancellationToken;
        using var agent = await StaffTicketClient.SignInAsync(host.BaseAddress, "8002");
        var number = await agent.SubmitOrFailAsync("13700001111", "出租车拒载，司机说不顺路。", "沪A12345");
        using var session = new PortalSession(host.BaseAddress);
        await session.SignInOrFailAsync("8002", "demo-8002");
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var openApi = await OpenApiResponseChecker.LoadAsync(http, ct);

        foreach (var (template, path) in new[]
        {
            ("/api/v1/tickets/{number}", $"/api/v1/tickets/{number}"),
            ("/api/v1/tickets/{number}", "/api/v1/tickets/12328-19990101-0000009"),
            ("/api/v1/tickets", "/api/v1/tickets?phone=13700001111"),
            ("/api/v1/tickets/search", "/api/v1/tickets/search?q=" + Uri.EscapeDataString("拒载")),
            ("/api/v1/tickets/{number}/duplicates", $"/api/v1/tickets/{number}/duplicates"),
        })
        {
            using var response = await session.GetAsync(path);
            await openApi.CheckAsync(template, "GET", response, ct);
        }

        using var refused = await session.PostJsonAsync($"/api/v1/tickets/{number}/close", "{}");
        await openApi.CheckAsync("/api/v1/tickets/{number}/close", "POST", refused, ct);
        using var dispatched = await session.PostJsonAsync($"/api/v1/tickets/{number}/dispatch", """{"unitId":"unit-bus"}""");
        await openApi.CheckAsync("/api/v1/tickets/{number}/dispatch", "POST", dispatched, ct);
    }
}
