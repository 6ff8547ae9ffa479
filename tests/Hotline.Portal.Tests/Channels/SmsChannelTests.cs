using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Portal.Channels.Sms;

namespace Hotline.Portal.Tests.Channels;

/// <summary>The SMS gateway webhook over loopback HTTP: HMAC signature, ticket creation with an SMS carrying the number, retries, bad input.</summary>
[Trait("Category", "Integration")]
public sealed class SmsChannelTests : IAsyncLifetime
{
    private ChannelHost host = null!;

    public async ValueTask InitializeAsync() => host = await ChannelHost.StartAsync(new InMemoryTicketIntake(), TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_signed_sms_becomes_one_ticket_and_one_reply_with_its_number_even_when_redelivered()
    {
        var ct = TestContext.Current.CancellationToken;
        const string Body = """{"messageId":"gw-1","from":"13800138000","text":"网约车绕路多收费"}""";
        using var first = await PostAsync(Body, ChannelHost.SmsSecret, Now(), ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var again = await PostAsync(Body, ChannelHost.SmsSecret, Now(), ct);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        var (number, submission) = Assert.Single(((InMemoryTicketIntake)host.Intake).Tickets);
        Assert.Equal(TicketChannel.Sms, submission.Channel);
        Assert.Equal("13800138000", submission.CitizenPhone);
        var (phone, text) = Assert.Single(host.Sms.Sent);
        Assert.Equal("13800138000", phone);
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.False((await again.Content.ReadFromJsonAsync<Api.TicketReceiptResponse>(ct))!.Created);
    }

    [Fact]
    public async Task A_wrong_signature_or_a_stale_timestamp_creates_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        const string Body = """{"messageId":"gw-2","from":"13800138000","text":"test"}""";
        using var forged = await PostAsync(Body, "other-secret", Now(), ct);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        var stale = DateTimeOffset.UtcNow.AddHours(-1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var replayed = await PostAsync(Body, ChannelHost.SmsSecret, stale, ct);
        await PublicTicketApiTests.AssertBadFieldAsync(replayed, SmsSignature.TimestampHeader, ct);
        Assert.Empty(((InMemoryTicketIntake)host.Intake).Tickets);
        Assert.Empty(host.Sms.Sent);
    }

    [Theory]
    [InlineData("""{"from":"13800138000","text":"x"}""", "messageId")]
    [InlineData("""{"messageId":"gw-3","text":"x"}""", "from")]
    [InlineData("""{"messageId":"gw-4","from":"13800138000","text":" "}""", "text")]
    [InlineData("""{"messageId":""", "messageId")]
    public async Task Malformed_sms_is_400_naming_the_field(string body, string field)
    {
        var ct = TestContext.Current.CancellationToken;
        using var response = await PostAsync(body, ChannelHost.SmsSecret, Now(), ct);
        await PublicTicketApiTests.AssertBadFieldAsync(response, field, ct);
        Assert.Empty(((InMemoryTicketIntake)host.Intake).Tickets);
    }

    private static string Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private async Task<HttpResponseMessage> PostAsync(string body, string secret, string timestamp, CancellationToken ct)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, SmsEndpoints.Route) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add(SmsSignature.TimestampHeader, timestamp);
        request.Headers.Add(SmsSignature.SignatureHeader, SmsSignature.Compute(secret, timestamp, bytes));
        return await host.Client.SendAsync(request, ct);
    }
}
