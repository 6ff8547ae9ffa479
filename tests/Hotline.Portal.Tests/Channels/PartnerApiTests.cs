using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Portal.Tests.Channels;

/// <summary>The partner (handling unit, enterprise) and 转办/交办 operations with bearer tokens over loopback HTTP, and their security in the OpenAPI document.</summary>
[Trait("Category", "Integration")]
public sealed class PartnerApiTests : ChannelApiFixture
{
    [Theory]
    [InlineData(ChannelHost.UnitToken, "unit-1")]
    [InlineData(ChannelHost.EnterpriseToken, "enterprise-1")]
    public async Task A_unit_or_enterprise_submits_with_its_token_once_per_key(string token, string partner)
    {
        var ct = TestContext.Current.CancellationToken;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var request = ChannelHost.Request(HttpMethod.Post, "/api/v1/partner/tickets", token);
            request.Headers.Add("Idempotency-Key", "app-1");
            request.Content = JsonContent.Create(PublicTicketApiTests.Complaint());
            using var response = await Host.Client.SendAsync(request, ct);
            Assert.Equal(attempt == 0 ? HttpStatusCode.Created : HttpStatusCode.OK, response.StatusCode);
            await OpenApi.CheckAsync("/api/v1/partner/tickets", "POST", response, ct);
        }

        var submission = Assert.Single(Tickets.Tickets).Value;
        Assert.Equal(TicketChannel.MobileApp, submission.Channel);
        Assert.Equal(partner, submission.SubmittedBy);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("not-a-token", HttpStatusCode.Unauthorized)]
    [InlineData(ChannelHost.HandoffToken, HttpStatusCode.Forbidden)]
    public async Task Partner_operations_refuse_missing_unknown_or_wrong_role_tokens(string? token, HttpStatusCode expected)
    {
        var ct = TestContext.Current.CancellationToken;
        using var request = ChannelHost.Request(HttpMethod.Post, "/api/v1/partner/tickets", token);
        request.Headers.Add("Idempotency-Key", "app-2");
        request.Content = JsonContent.Create(PublicTicketApiTests.Complaint());
        using var response = await Host.Client.SendAsync(request, ct);
        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(Tickets.Tickets);
    }

    [Fact]
    public async Task A_handoff_carries_reference_deadline_and_callback_and_a_retry_returns_the_same_ticket()
    {
        var ct = TestContext.Current.CancellationToken;
        var deadline = DateTimeOffset.UtcNow.AddDays(3);
        var body = new Api.HandoffRequest
        {
            Kind = "assignment", Reference = "JT-2026-0042", Deadline = deadline,
            ResultCallbackUrl = "http://127.0.0.1:9/result", Ticket = PublicTicketApiTests.Complaint(),
        };
        string? number = null;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var request = ChannelHost.Request(HttpMethod.Post, "/api/v1/handoffs", ChannelHost.HandoffToken);
            request.Content = JsonContent.Create(body);
            using var response = await Host.Client.SendAsync(request, ct);
            await OpenApi.CheckAsync("/api/v1/handoffs", "POST", response, ct);
            var receipt = await response.Content.ReadFromJsonAsync<Api.TicketReceiptResponse>(ct);
            number ??= receipt!.Number;
            Assert.Equal(number, receipt!.Number);
        }

        var submission = Assert.Single(Tickets.Tickets).Value;
        Assert.Equal(TicketChannel.Assignment, submission.Channel);
        Assert.Equal("JT-2026-0042", submission.ExternalReference);
        Assert.Equal(deadline, submission.RequestedDeadline);
        Assert.Equal("http://127.0.0.1:9/result", submission.ResultCallbackUrl);
        Assert.Equal("transport-bureau", submission.SubmittedBy);
    }

    [Theory]
    [InlineData("/api/v1/partner/tickets/12328-20261128-0000001/progress", "GET", null, HttpStatusCode.Unauthorized)]
    [InlineData("/api/v1/partner/tickets/12328-20261128-0000001/progress", "GET", ChannelHost.HandoffToken, HttpStatusCode.Forbidden)]
    [InlineData("/api/v1/partner/tickets/12328-20261128-0000001/reply", "POST", null, HttpStatusCode.Unauthorized)]
    [InlineData("/api/v1/partner/tickets/12328-20261128-0000001/accept", "POST", ChannelHost.HandoffToken, HttpStatusCode.Forbidden)]
    public async Task Workflow_operations_need_a_unit_or_enterprise_token(string path, string method, string? token, HttpStatusCode expected)
    {
        var ct = TestContext.Current.CancellationToken;
        using var request = ChannelHost.Request(new HttpMethod(method), path, token);
        using var response = await Host.Client.SendAsync(request, ct);
        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"kind":"gossip","reference":"r","ticket":{"type":"complaint","description":"x"}}""", "kind")]
    [InlineData("""{"kind":"transfer","ticket":{"type":"complaint","description":"x"}}""", "reference")]
    [InlineData("""{"kind":"transfer","reference":"r","deadline":"2001-01-01T00:00:00Z","ticket":{"type":"complaint","description":"x"}}""", "deadline")]
    [InlineData("""{"kind":"transfer","reference":"r","resultCallbackUrl":"ftp://x","ticket":{"type":"complaint","description":"x"}}""", "resultCallbackUrl")]
    [InlineData("""{"kind":"transfer","reference":"r"}""", "ticket")]
    public async Task Bad_handoffs_are_400_naming_the_field(string body, string field)
    {
        var ct = TestContext.Current.CancellationToken;
        using var request = ChannelHost.Request(HttpMethod.Post, "/api/v1/handoffs", ChannelHost.HandoffToken);
        request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await Host.Client.SendAsync(request, ct);
        await PublicTicketApiTests.AssertBadFieldAsync(response, field, ct);
        Assert.Empty(Tickets.Tickets);
    }

    [Theory]
    [InlineData("/api/v1/public/tickets", "post", false)]
    [InlineData("/api/v1/public/tickets/{number}", "get", false)]
    [InlineData("/api/v1/partner/tickets", "post", true)]
    [InlineData("/api/v1/partner/tickets/{number}", "get", true)]
    [InlineData("/api/v1/handoffs", "post", true)]
    [InlineData("/api/v1/partner/tickets/{number}/progress", "get", true)]
    [InlineData("/api/v1/partner/tickets/{number}/accept", "post", true)]
    [InlineData("/api/v1/partner/tickets/{number}/send-back", "post", true)]
    [InlineData("/api/v1/partner/tickets/{number}/reply", "post", true)]
    public void Each_operation_declares_its_security_requirement(string path, string method, bool needsToken)
    {
        var security = OpenApi.Operation(path, method)["security"]?.AsArray();
        Assert.NotNull(security);
        var requirement = Assert.Single(security)!.AsObject();
        Assert.Equal(needsToken, requirement.ContainsKey("PartnerToken"));
        Assert.Equal("bearer", OpenApi.Document["components"]!["securitySchemes"]!["PartnerToken"]!["scheme"]!.GetValue<string>());
    }
}
