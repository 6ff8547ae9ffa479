using System.Globalization;
using System.Net;
using System.Text;
using System.Xml.Linq;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Portal.Channels.WeChat;

namespace Hotline.Portal.Tests.Channels;

/// <summary>The WeChat official-account push protocol over loopback HTTP: server verification, signed XML messages, passive replies, queries and retries.</summary>
[Trait("Category", "Integration")]
public sealed class WeChatChannelTests : IAsyncLifetime
{
    private ChannelHost host = null!;

    public async ValueTask InitializeAsync() => host = await ChannelHost.StartAsync(new InMemoryTicketIntake(), TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Server_verification_echoes_echostr_only_for_a_valid_signature()
    {
        var ct = TestContext.Current.CancellationToken;
        var query = SignedQuery(ChannelHost.WeChatToken) + "&echostr=5837397749";
        Assert.Equal("5837397749", await host.Client.GetStringAsync(new Uri("/channels/wechat?" + query, UriKind.Relative), ct));

        using var forged = await host.Client.GetAsync(new Uri("/channels/wechat?" + SignedQuery("other-token") + "&echostr=1", UriKind.Relative), ct);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
    }

    [Fact]
    public async Task A_text_message_becomes_one_ticket_and_the_passive_reply_carries_its_number_even_on_retry()
    {
        var ct = TestContext.Current.CancellationToken;
        var reply = await PostAsync(Message("出租车拒载，车牌京B12345", "6100000001"), ChannelHost.WeChatToken, ct);
        var intake = (InMemoryTicketIntake)host.Intake;
        var (number, submission) = Assert.Single(intake.Tickets);
        Assert.Equal(TicketChannel.WeChat, submission.Channel);
        Assert.Equal("出租车拒载，车牌京B12345", submission.Description);
        Assert.Equal("o-citizen", reply.Element("ToUserName")!.Value);
        Assert.Equal("gh_hotline", reply.Element("FromUserName")!.Value);
        Assert.Equal("text", reply.Element("MsgType")!.Value);
        Assert.Contains(number, reply.Element("Content")!.Value, StringComparison.Ordinal);

        var retried = await PostAsync(Message("出租车拒载，车牌京B12345", "6100000001"), ChannelHost.WeChatToken, ct);
        Assert.Single(intake.Tickets);
        Assert.Contains(number, retried.Element("Content")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_by_number_and_phone_answers_the_state_and_refuses_a_wrong_phone()
    {
        var ct = TestContext.Current.CancellationToken;
        var receipt = await host.Intake.SubmitAsync(new TicketSubmission
        {
            Channel = TicketChannel.Web, IdempotencyKey = "q-1", Type = TicketType.Complaint, CitizenPhone = "13800138000", Description = "公交车甩站",
        }, ct);

        var found = await PostAsync(Message($"查询 {receipt.Number} 13800138000", "6100000002"), ChannelHost.WeChatToken, ct);
        Assert.Contains("已受理", found.Element("Content")!.Value, StringComparison.Ordinal);
        var refused = await PostAsync(Message($"查询 {receipt.Number} 13900000000", "6100000003"), ChannelHost.WeChatToken, ct);
        Assert.Contains("未找到", refused.Element("Content")!.Value, StringComparison.Ordinal);
        Assert.Single(((InMemoryTicketIntake)host.Intake).Tickets);
    }

    [Fact]
    public async Task A_message_with_a_wrong_signature_is_refused_and_creates_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        using var content = new StringContent(Message("伪造", "6100000004"), Encoding.UTF8, "text/xml");
        using var response = await host.Client.PostAsync(new Uri("/channels/wechat?" + SignedQuery("other-token"), UriKind.Relative), content, ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(((InMemoryTicketIntake)host.Intake).Tickets);
    }

    [Fact]
    public async Task Malformed_xml_is_400_naming_the_body()
    {
        var ct = TestContext.Current.CancellationToken;
        using var content = new StringContent("<xml><ToUserName>", Encoding.UTF8, "text/xml");
        using var response = await host.Client.PostAsync(new Uri("/channels/wechat?" + SignedQuery(ChannelHost.WeChatToken), UriKind.Relative), content, ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'body'", await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    private static string SignedQuery(string token)
    {
        const string Timestamp = "1764310000", Nonce = "93847261";
        return $"signature={WeChatSignature.Compute(token, Timestamp, Nonce)}&timestamp={Timestamp}&nonce={Nonce}";
    }

    private static string Message(string content, string msgId) => new XElement("xml",
        new XElement("ToUserName", new XCData("gh_hotline")),
        new XElement("FromUserName", new XCData("o-citizen")),
        new XElement("CreateTime", 1764310000.ToString(CultureInfo.InvariantCulture)),
        new XElement("MsgType", new XCData("text")),
        new XElement("Content", new XCData(content)),
        new XElement("MsgId", msgId)).ToString();

    private async Task<XElement> PostAsync(string xml, string token, CancellationToken ct)
    {
        using var content = new StringContent(xml, Encoding.UTF8, "text/xml");
        using var response = await host.Client.PostAsync(new Uri("/channels/wechat?" + SignedQuery(token), UriKind.Relative), content, ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return XElement.Parse(await response.Content.ReadAsStringAsync(ct));
    }
}
