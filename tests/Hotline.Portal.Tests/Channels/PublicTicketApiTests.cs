using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Hotline.Portal.Tests.Channels;

/// <summary>The anonymous citizen REST operations over loopback HTTP, each response checked against the served OpenAPI document.</summary>
[Trait("Category", "Integration")]
public sealed class PublicTicketApiTests : ChannelApiFixture
{
    private const string Submit = "/api/v1/public/tickets";
    private const string Find = "/api/v1/public/tickets/{number}";
    [Fact]
    public async Task Submit_creates_a_ticket_and_a_retry_with_the_same_key_returns_it_without_a_second()
    {
        var ct = TestContext.Current.CancellationToken;
        using var first = await PostAsync(Complaint(), "web-1", ct);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        await OpenApi.CheckAsync(Submit, "POST", first, ct);
        var receipt = await first.Content.ReadFromJsonAsync<JsonObject>(ct);

        using var retry = await PostAsync(Complaint(), "web-1", ct);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        await OpenApi.CheckAsync(Submit, "POST", retry, ct);
        var replay = await retry.Content.ReadFromJsonAsync<JsonObject>(ct);
        Assert.Equal(receipt!["number"]!.GetValue<string>(), replay!["number"]!.GetValue<string>());
        Assert.False(replay["created"]!.GetValue<bool>());
        Assert.Single(Tickets.Tickets);
    }

    [Fact]
    public async Task A_citizen_reads_the_ticket_only_with_its_number_and_the_phone_used()
    {
        var ct = TestContext.Current.CancellationToken;
        using var created = await PostAsync(Complaint(), "web-2", ct);
        var number = (await created.Content.ReadFromJsonAsync<JsonObject>(ct))!["number"]!.GetValue<string>();

        using var found = await Host.Client.GetAsync(new Uri($"{Submit}/{number}?phone=13800138000", UriKind.Relative), ct);
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        await OpenApi.CheckAsync(Find, "GET", found, ct);
        var view = await found.Content.ReadFromJsonAsync<JsonObject>(ct);
        Assert.Equal(number, view!["number"]!.GetValue<string>());
        Assert.Equal("complaint", view["type"]!.GetValue<string>());

        using var otherPhone = await Host.Client.GetAsync(new Uri($"{Submit}/{number}?phone=13900000000", UriKind.Relative), ct);
        Assert.Equal(HttpStatusCode.NotFound, otherPhone.StatusCode);
        await OpenApi.CheckAsync(Find, "GET", otherPhone, ct);

        using var unknown = await Host.Client.GetAsync(new Uri($"{Submit}/12328-20990101-0000001?phone=13800138000", UriKind.Relative), ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);

        using var noPhone = await Host.Client.GetAsync(new Uri($"{Submit}/{number}", UriKind.Relative), ct);
        await AssertBadFieldAsync(noPhone, "phone", ct);
        await OpenApi.CheckAsync(Find, "GET", noPhone, ct);
    }

    [Theory]
    [InlineData("not json", "body")]
    [InlineData("{\"type\":\"complaint\",\"description\":", "description")]
    [InlineData("{\"type\":\"complaint\",\"description\":42}", "description")]
    [InlineData("{\"type\":\"rumour\",\"description\":\"x\"}", "type")]
    [InlineData("{\"type\":\"complaint\"}", "description")]
    [InlineData("{\"type\":\"complaint\",\"description\":\"x\",\"citizenPhone\":\"call me\"}", "citizenPhone")]
    [InlineData("{\"type\":\"complaint\",\"description\":\"x\",\"subject\":{\"vehiclePlate\":\"LONG\"}}", "subject.vehiclePlate")]
    public async Task Malformed_input_is_400_problem_details_naming_the_field(string body, string field)
    {
        var ct = TestContext.Current.CancellationToken;
        body = body.Replace("LONG", new string('A', 201), StringComparison.Ordinal);
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, Submit) { Content = content };
        request.Headers.Add("Idempotency-Key", "bad-" + field);
        using var response = await Host.Client.SendAsync(request, ct);
        await AssertBadFieldAsync(response, field, ct);
        await OpenApi.CheckAsync(Submit, "POST", response, ct);
        Assert.Empty(Tickets.Tickets);
    }

    [Fact]
    public async Task Oversized_description_and_body_are_400_naming_the_field()
    {
        var ct = TestContext.Current.CancellationToken;
        using var longDescription = await PostAsync(Complaint() with { Description = new string('拒', 4001) }, "big-1", ct);
        await AssertBadFieldAsync(longDescription, "description", ct);

        using var huge = await PostAsync(Complaint() with { Description = new string('x', 70_000) }, "big-2", ct);
        await AssertBadFieldAsync(huge, "body", ct);
    }

    [Fact]
    public async Task Submit_without_an_idempotency_key_is_400_naming_the_header()
    {
        var ct = TestContext.Current.CancellationToken;
        using var response = await PostAsync(Complaint(), null, ct);
        await AssertBadFieldAsync(response, "Idempotency-Key", ct);
    }

    [Fact]
    public async Task Public_submission_is_rate_limited_per_client()
    {
        var ct = TestContext.Current.CancellationToken;
        for (var i = 0; i < ChannelHost.SubmitsPerMinute; i++)
        {
            using var allowed = await PostAsync(Complaint(), $"rate-{i}", ct);
            Assert.Equal(HttpStatusCode.Created, allowed.StatusCode);
        }

        using var refused = await PostAsync(Complaint(), "rate-over", ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    internal static async Task AssertBadFieldAsync(HttpResponseMessage response, string field, CancellationToken ct)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>(ct);
        Assert.True(problem!["errors"]?.AsObject().ContainsKey(field), $"The problem does not name '{field}': {problem.ToJsonString()}");
    }

    internal static Api.TicketRequest Complaint() => new()
    {
        Type = "complaint",
        CitizenName = "张三",
        CitizenPhone = "13800138000",
        Subject = new Api.TicketSubjectRequest("顺达出租车公司", "京B12345", null, "北京西站", null),
        Description = "出租车司机拒载，态度恶劣。",
    };

    private Task<HttpResponseMessage> PostAsync(Api.TicketRequest body, string? key, CancellationToken ct)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Submit) { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return Host.Client.SendAsync(request, ct);
    }
}
