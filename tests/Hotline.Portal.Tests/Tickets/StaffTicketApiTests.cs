using System.Net;
using System.Text.Json;
using Hotline.Portal.Tests.Access;

namespace Hotline.Portal.Tests.Tickets;

/// <summary>The staff ticket REST API on the real portal process (demo organisation): a complaint from desk intake to close with the roles the
/// workflow names, refusals as problem details (403 policy, 409 naming the state, 404, 400 naming the field), search, 查重 and 并案.</summary>
[Trait("Category", "Integration")]
public sealed class StaffTicketApiTests(PortalHostFixture host) : IClassFixture<PortalHostFixture>
{
    private const string Agent = "8001";

    [Theory]
    [InlineData("inspector")]
    [InlineData("hr")]
    [InlineData("analyst")]
    public async Task Roles_without_ticket_work_get_403(string user)
    {
        using var session = new PortalSession(host.BaseAddress);
        await session.SignInOrFailAsync(user, "demo-" + user);
        using var list = await session.GetAsync("/api/v1/tickets");
        using var act = await session.PostJsonAsync("/api/v1/tickets/12328-20260101-0000001/urge", "{}");
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, act.StatusCode);
    }

    [Fact]
    public async Task Anonymous_callers_get_401()
    {
        using var session = new PortalSession(host.BaseAddress);
        using var response = await session.GetAsync("/api/v1/tickets/search?q=拒载");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_complaint_goes_from_desk_intake_to_close_with_the_roles_the_workflow_names()
    {
        using var agent = await StaffTicketClient.SignInAsync(host.BaseAddress, Agent);
        using var supervisor = await StaffTicketClient.SignInAsync(host.BaseAddress, "supervisor");
        var key = Guid.NewGuid().ToString("N");
        var created = await agent.SubmitAsync(Phone(), "乘客投诉出租车绕路多收费。", key: key, callId: "call-desk-1");
        var retried = await agent.SubmitAsync(Phone(), "乘客投诉出租车绕路多收费。", key: key);
        Assert.True(created.Status == HttpStatusCode.Created, created.ToString());
        var number = created.Body.GetProperty("number").GetString()!;
        Assert.Equal(HttpStatusCode.OK, retried.Status);
        Assert.Equal(number, retried.Body.GetProperty("number").GetString());

        Assert.Equal("Dispatched", await agent.ActOrFailAsync(number, "dispatch", """{"unitId":"unit-taxi","note":"出租车管理处"}"""));
        Assert.Equal("Handling", await supervisor.ActOrFailAsync(number, "accept", """{"note":"代处理单位受理"}"""));
        Assert.Equal("Replied", await supervisor.ActOrFailAsync(number, "reply", """{"reply":"已约谈驾驶员，退还多收费用。"}"""));
        Assert.Equal("Reviewed", await supervisor.ActOrFailAsync(number, "review", """{"approved":true}"""));
        Assert.Equal("Visited", await agent.ActOrFailAsync(number, "visit", """{"method":"call","satisfaction":5,"comment":"满意"}"""));
        Assert.Equal("Closed", await agent.ActOrFailAsync(number, "close"));

        var ticket = await agent.GetAsync($"/api/v1/tickets/{number}");
        Assert.Equal(HttpStatusCode.OK, ticket.Status);
        Assert.Equal("Phone", ticket.Body.GetProperty("ticket").GetProperty("channel").GetString());
        Assert.Equal("call-desk-1", ticket.Body.GetProperty("ticket").GetProperty("callId").GetString());
        Assert.Equal("unit-taxi", ticket.Body.GetProperty("ticket").GetProperty("unitId").GetString());
        Assert.Equal(5, ticket.Body.GetProperty("ticket").GetProperty("satisfaction").GetInt32());
        // The intake entry is written by the platform's intake; every later step names the signed-in user who took it.
        var steps = ticket.Body.GetProperty("history").EnumerateArray()
            .Select(e => (e.GetProperty("action").GetString()!, e.GetProperty("actorId").GetString()!)).Skip(1).ToList();
        Assert.Equal([("dispatch", Agent), ("accept", "supervisor"), ("reply", "supervisor"), ("review", "supervisor"), ("visit", Agent), ("close", Agent)], steps);
    }

    [Fact]
    public async Task An_action_the_state_does_not_allow_is_a_409_naming_the_state()
    {
        using var agent = await StaffTicketClient.SignInAsync(host.BaseAddress, Agent);
        var number = await agent.SubmitOrFailAsync(Phone(), "公交车到站不停。");

        var refused = await agent.ActAsync(number, "close");

        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Equal("application/problem+json", refused.MediaType);
        Assert.Contains("「受理」", refused.Body.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("结案", refused.Body.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("Intake", refused.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Intake", refused.Body.GetProperty("state").GetString());
    }

    [Fact]
    public async Task An_action_the_users_roles_do_not_allow_is_refused_by_the_workflow_with_409()
    {
        using var agent = await StaffTicketClient.SignInAsync(host.BaseAddress, Agent);
        var number = await agent.SubmitOrFailAsync(Phone(), "网约车司机态度恶劣。");
        await agent.ActOrFailAsync(number, "dispatch", """{"unitId":"unit-ride"}""");

        var refused = await agent.ActAsync(number, "accept");

        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains("「已派单」", refused.Body.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("roles", refused.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Dispatched", (await agent.GetAsync($"/api/v1/tickets/{number}")).Body.GetProperty("ticket").GetProperty("state").GetString());
    }

    [Fact]
    public async Task An_unknown_number_is_a_404_problem()
    {
        using var agent = await StaffTicketClient.SignInAsync(host.BaseAddress, Agent);
        const string Unknown = "12328-19990101-0000001";

        var read = await agent.GetAsync($"/api/v1/tickets/{Unknown}");
        var act = await agent.ActAsync(Unknown, "dispatch", """{"unitId":"unit-taxi"}""");
        var duplicates = await agent.GetAsync($"/api/v1/tickets/{Unknown}/duplicates");

        foreach (var answer in new[] { read, act, duplicates })
        {
            Assert.True(answer.Status == HttpStatusCode.NotFound, answer.ToString());
            Assert.Equal("application/problem+json", answer.MediaType);
            Assert.Contains(Unknown, answer.Body.GetProperty("title").GetString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("dispatch", "{}", "unitId")]
    [InlineData("review", """{"note":"ok"}""", "approved")]
    [InlineData("visit", """{"method":"letter","satisfaction":4}""", "method")]
    [InlineData("extension", """{"until":"not a date"}""", "until")]
    public async Task A_wrong_field_is_a_400_naming_it(string action, string body, string field)
    {
        using var agent = await StaffTicketClient.SignInAsync(host.BaseAddress, Agent);
        var number = await agent.SubmitOrFailAsync(Phone(), "长途客车超载。");

        var answer = await agent.ActAsync(number, action, body);

        Assert.True(answer.Status == HttpStatusCode.BadRequest, answer.ToString());
        Assert.True(answer.Body.GetProperty("errors").TryGetProperty(field, out _), answer.ToString());
    }

    [Fact]
    public async Task The_list_filters_by_state_and_unit_and_rejects_an_unknown_state()
    {
        using var agent = await StaffTicketClient.SignInAsync(host.BaseAddress, Agent);
        var unit = "unit-" + Guid.NewGuid().ToString("N")[..8];
        var dispatched = await agent.SubmitOrFailAsync(Phone(), "地铁站扶梯停运。");
        var waiting = await agent.SubmitOrFailAsync(Phone(), "地铁站扶梯停运，无人处理。");
        await agent.ActOrFailAsync(dispatched, "dispatch", $$"""{"unitId":"{{unit}}"}""");

        var page = await agent.GetAsync($"/api/v1/tickets?state=dispatched&unit={unit}&pageSize=50");
        var bad = await agent.GetAsync("/api/v1/tickets?state=Lost");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var numbers = page.Body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()).ToList();
        Assert.Equal([dispatched], numbers);
        Assert.DoesNotContain(waiting, numbers);
        Assert.Equal(1, page.Body.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.True(bad.Body.GetProperty("errors").TryGetProperty("state", out _), bad.ToString());
    }

    [Fact]
    public async Task Mine_lists_the_tickets_the_signed_in_user_accepted()
    {
        using var agent = await StaffTicketClient.SignInAsync(host.BaseAddress, Agent);
        using var supervisor = await StaffTicketClient.SignInAsync(host.BaseAddress, "supervisor");
        var unit = "unit-" + Guid.NewGuid().ToString("N")[..8];
        var accepted = await agent.SubmitOrFailAsync(Phone(), "公交车到站不停，乘客无法上车。");
        var waiting = await agent.SubmitOrFailAsync(Phone(), "公交车到站不停，已经第三次。");
        await agent.ActOrFailAsync(accepted, "dispatch", $$"""{"unitId":"{{unit}}"}""");
        await agent.ActOrFailAsync(waiting, "dispatch", $$"""{"unitId":"{{unit}}"}""");
        await supervisor.ActOrFailAsync(accepted, "accept");

        var supervisors = await supervisor.GetAsync($"/api/v1/tickets?mine=true&unit={unit}");
        var agents = await agent.GetAsync($"/api/v1/tickets?mine=true&unit={unit}");
        var everyone = await agent.GetAsync($"/api/v1/tickets?unit={unit}");

        var item = Assert.Single(supervisors.Body.GetProperty("items").EnumerateArray());
        Assert.Equal((accepted, "supervisor"), (item.GetProperty("number").GetString(), item.GetProperty("handler").GetString()));
        Assert.Equal(0, agents.Body.GetProperty("total").GetInt32());
        Assert.Equal(2, everyone.Body.GetProperty("total").GetInt32());
        Assert.False(everyone.Body.GetProperty("totalCapped").GetBoolean());
    }

    [Fact]
    public async Task The_list_filters_by_channel_and_creation_range_and_names_an_unknown_channel()
    {
        using var agent = await StaffTicketClient.SignInAsync(host.BaseAddress, Agent);
        var phone = Phone();
        var number = await agent.SubmitOrFailAsync(phone, "公交车到站不停。");
        var tomorrow = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(1).ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        var yesterday = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(-1).ToString("O", System.Globalization.CultureInfo.InvariantCulture));

        var phoneChannel = await agent.GetAsync($"/api/v1/tickets?phone={phone}&channel=phone&from={yesterday}&to={tomorrow}");
        var webChannel = await agent.GetAsync($"/api/v1/tickets?phone={phone}&channel=web");
        var later = await agent.GetAsync($"/api/v1/tickets?phone={phone}&from={tomorrow}");
        var bad = await agent.GetAsync("/api/v1/tickets?channel=pigeon");

        Assert.True(phoneChannel.Status == HttpStatusCode.OK, phoneChannel.ToString());
        Assert.Equal([number], phoneChannel.Body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()));
        Assert.Equal(0, webChannel.Body.GetProperty("total").GetInt32());
        Assert.Equal(0, later.Body.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.True(bad.Body.GetProperty("errors").TryGetProperty("channel", out _), bad.ToString());
    }

    [Fact]
    public async Task Search_finds_a_submitted_ticket_by_a_chinese_word_and_by_its_plate()
    {
        using var agent = await StaffTicketClient.SignInAsync(host.BaseAddress, Agent);
        var phone = Phone();
        var plate = $"京B{Random.Shared.Next(10000, 99999)}";
        var number = await agent.SubmitOrFailAsync(phone, "出租车司机拒载，称要交班，不去机场。", plate);

        var byWord = await agent.WaitForAsync($"/api/v1/tickets/search?q={Uri.EscapeDataString("拒载")}&phone={phone}", body => Numbers(body).Contains(number));
        var byPlate = await agent.WaitForAsync($"/api/v1/tickets/search?q={Uri.EscapeDataString(plate)}", body => Numbers(body).Contains(number));

        var hit = byWord.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("ticket").GetProperty("number").GetString() == number);
        Assert.Contains(hit.GetProperty("highlights").EnumerateArray(), h => h.GetString()!.Contains("<em>拒载</em>", StringComparison.Ordinal));
        Assert.Equal(number, Numbers(byPlate)[0]);
    }

    [Fact]
    public async Task Duplicates_of_a_draft_include_the_earlier_ticket_from_the_same_phone()
    {
        using var agent = await StaffTicketClient.SignInAsync(host.BaseAddress, Agent);
        var phone = Phone();
        var earlier = await agent.SubmitOrFailAsync(phone, "公交车司机开车打电话。");
        var draft = JsonSerializer.Serialize(new { description = "又遇到公交司机边开车边打电话。", citizenPhone = phone });

        var answer = await agent.PostAsync("/api/v1/tickets/duplicates", draft);

        Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
        var candidate = answer.Body.EnumerateArray().Single(c => c.GetProperty("ticket").GetProperty("number").GetString() == earlier);
        Assert.Contains(candidate.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("kind").GetString() == "SamePhone");
    }

    [Fact]
    public async Task Merging_moves_the_contacts_history_to_the_ticket_that_carries_the_handling()
    {
        using var agent = await StaffTicketClient.SignInAsync(host.BaseAddress, Agent);
        var phone = Phone();
        var target = await agent.SubmitOrFailAsync(phone, "出租车不打表。");
        var source = await agent.SubmitOrFailAsync(phone, "还是那辆出租车不打表，再次投诉。");

        var forTarget = await agent.GetAsync($"/api/v1/tickets/{target}/duplicates");
        Assert.Contains(forTarget.Body.EnumerateArray(), c => c.GetProperty("ticket").GetProperty("number").GetString() == source);
        Assert.Equal("Merged", await agent.ActOrFailAsync(source, "merge", $$"""{"target":"{{target}}"}"""));

        var carried = await agent.GetAsync($"/api/v1/tickets/{target}");
        var merged = Assert.Single(carried.Body.GetProperty("merged").EnumerateArray());
        Assert.Equal(source, merged.GetProperty("ticket").GetProperty("number").GetString());
        Assert.Equal(target, merged.GetProperty("ticket").GetProperty("mergedInto").GetString());
        Assert.Equal(["intake", "merge"], merged.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList());
        Assert.Contains(carried.Body.GetProperty("history").EnumerateArray(), e => e.GetProperty("action").GetString() == "absorb");
        Assert.Equal([source], carried.Body.GetProperty("ticket").GetProperty("mergedSources").EnumerateArray().Select(e => e.GetString()).ToList());
    }

    [Fact]
    public async Task Health_reports_the_ticket_index()
    {
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        using var health = JsonDocument.Parse(await http.GetStringAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken));
        var part = health.RootElement.GetProperty("parts").GetProperty("ticket-search");
        Assert.Equal("ready", part.GetProperty("state").GetString());
        Assert.Contains("tickets indexed", part.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static List<string?> Numbers(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("ticket").GetProperty("number").GetString())];

    // A phone of its own per test: the host is shared, and duplicates and filters go by phone.
    private static string Phone() => "139" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
