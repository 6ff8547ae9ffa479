using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hotline.Portal.Tests.Hosting;

namespace Hotline.Portal.Tests.Tickets;

/// <summary>
/// The real platform process: channel endpoints hand tickets to the real intake (ticket grain, operational store),
/// so a ticket submitted on one channel is numbered, stored once and found by the citizen.
/// </summary>
[Trait("Category", "Integration")]
public sealed partial class PlatformTicketIntakeTests
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(120);

    [GeneratedRegex(@"^12328-\d{8}-\d{7,}$")]
    private static partial Regex TicketNumber();

    [Fact]
    public async Task A_web_submission_is_numbered_stored_once_and_found_only_with_the_citizens_phone()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var portal = PortalProcess.Start(PortalSettings.Fresh());
        await portal.WaitUntilReadyAsync(ReadyTimeout);
        using var http = new HttpClient { BaseAddress = portal.BaseAddress };
        var body = new
        {
            type = "complaint",
            citizenName = "王先生",
            citizenPhone = "13800138000",
            subject = new { enterprise = "京城出租汽车有限公司", vehiclePlate = "京B12345" },
            description = "出租车拒载。\n\n司机称要交班，拒绝前往机场。",
        };

        var first = await SubmitAsync(http, body, "web-retry-1", cancel);
        var retry = await SubmitAsync(http, body, "web-retry-1", cancel);

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Matches(TicketNumber(), first.Number);
        Assert.Equal(HttpStatusCode.OK, retry.Status);
        Assert.Equal(first.Number, retry.Number);
        Assert.False(retry.Body.GetProperty("created").GetBoolean());

        using var found = await http.GetAsync(new Uri($"/api/v1/public/tickets/{first.Number}?phone=13800138000", UriKind.Relative), cancel);
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        using var view = JsonDocument.Parse(await found.Content.ReadAsStringAsync(cancel));
        Assert.Equal(first.Number, view.RootElement.GetProperty("number").GetString());
        Assert.Equal("complaint", view.RootElement.GetProperty("type").GetString());

        using var wrongPhone = await http.GetAsync(new Uri($"/api/v1/public/tickets/{first.Number}?phone=13900139000", UriKind.Relative), cancel);
        Assert.Equal(HttpStatusCode.NotFound, wrongPhone.StatusCode);
        using var unknown = await http.GetAsync(new Uri("/api/v1/public/tickets/12328-20000101-0000001?phone=13800138000", UriKind.Relative), cancel);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_wechat_text_message_signed_with_the_demo_token_becomes_a_ticket_once()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var portal = PortalProcess.Start(PortalSettings.Fresh());
        await portal.WaitUntilReadyAsync(ReadyTimeout);
        using var http = new HttpClient { BaseAddress = portal.BaseAddress };
        const string timestamp = "1764300000", nonce = "4711";
        var signature = Sign("demo-wechat-token", timestamp, nonce);
        var xml = "<xml><ToUserName><![CDATA[gh_12328]]></ToUserName><FromUserName><![CDATA[o-citizen-1]]></FromUserName>"
            + "<CreateTime>1764300000</CreateTime><MsgType><![CDATA[text]]></MsgType>"
            + "<Content><![CDATA[网约车绕路，多收了三十元]]></Content><MsgId>880001</MsgId></xml>";
        var uri = new Uri($"/channels/wechat?signature={signature}&timestamp={timestamp}&nonce={nonce}", UriKind.Relative);

        var first = await PostXmlAsync(http, uri, xml, cancel);
        var redelivered = await PostXmlAsync(http, uri, xml, cancel);
        using var forged = await http.PostAsync(new Uri($"/channels/wechat?signature={Sign("wrong", timestamp, nonce)}&timestamp={timestamp}&nonce={nonce}", UriKind.Relative),
            new StringContent(xml, Encoding.UTF8, "text/xml"), cancel);

        var number = TicketNumberIn(first);
        Assert.True(number is not null, $"the reply names no ticket number: {first}");
        Assert.Equal(number, TicketNumberIn(redelivered));
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
    }

    private static async Task<(HttpStatusCode Status, string Number, JsonElement Body)> SubmitAsync(HttpClient http, object body, string key, CancellationToken cancel)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/public/tickets", UriKind.Relative)) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        using var response = await http.SendAsync(request, cancel);
        var text = await response.Content.ReadAsStringAsync(cancel);
        Assert.True(response.IsSuccessStatusCode, $"submission answered {(int)response.StatusCode}: {text}");
        var json = JsonDocument.Parse(text).RootElement.Clone();
        return (response.StatusCode, json.GetProperty("number").GetString()!, json);
    }

    private static async Task<string> PostXmlAsync(HttpClient http, Uri uri, string xml, CancellationToken cancel)
    {
        using var response = await http.PostAsync(uri, new StringContent(xml, Encoding.UTF8, "text/xml"), cancel);
        var text = await response.Content.ReadAsStringAsync(cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"WeChat push answered {(int)response.StatusCode}: {text}");
        return text;
    }

    private static string? TicketNumberIn(string reply) =>
        Regex.Match(reply, @"12328-\d{8}-\d{7,}") is { Success: true } match ? match.Value : null;

    // The official-account rule: SHA-1 over the token, timestamp and nonce sorted as strings and joined.
    private static string Sign(string token, string timestamp, string nonce)
    {
        var parts = new[] { token, timestamp, nonce };
        Array.Sort(parts, StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts))));
    }
}
