using System.Net;
using System.Text.Json;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Portal.Channels.Handoffs;
using Hotline.Portal.Channels.Sms;

namespace Hotline.Portal.Tests.Channels.Handoffs;

[Trait("Category", "Integration")]
public sealed class HandoffResultWebhookTests : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HandoffRig rig = new();

    [Fact]
    public async Task A_receiver_that_fails_twice_gets_exactly_one_accepted_signed_result_and_tickets_without_a_url_get_none()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var receiver = await HandoffReceiver.StartAsync(failures: 2, ct);
        await rig.CreateStoreAsync(ct);
        await rig.AddTicketAsync("12328-20261128-0000001", TicketState.Closed, receiver.Url, version: 7, reply: "已责令出租车公司整改", ct);
        await rig.AddTicketAsync("12328-20261128-0000002", TicketState.Closed, callback: null, version: 7, reply: "已处理", ct);
        await rig.AddTicketAsync("12328-20261128-0000003", TicketState.Handling, receiver.Url, version: 3, reply: null, ct);
        await using var portal = await rig.StartPortalAsync(ct);

        var deliveries = await portal.WaitForDeliveriesAsync("12328-20261128-0000001", d => d.Any(x => x.Status == "delivered"), ct);

        var delivery = Assert.Single(deliveries);
        Assert.Equal((7, "Closed", 3, receiver.Url.ToString()), (delivery.Version, delivery.State, delivery.Attempts, delivery.Url));
        Assert.Null(delivery.NextAttemptAt);
        Assert.Equal(3, receiver.Calls.Count);
        var accepted = Assert.Single(receiver.Calls, c => c.Accepted);
        Assert.All(receiver.Calls, c => Assert.True(SmsSignature.IsValid(HandoffRig.PartnerSecret, c.Timestamp, c.Signature, c.Body)));
        Assert.False(SmsSignature.IsValid("another-secret", accepted.Timestamp, accepted.Signature, accepted.Body));
        var result = JsonSerializer.Deserialize<HandoffResult>(accepted.Body, Json)!;
        Assert.Equal(("12328-20261128-0000001", "REF-12328-20261128-0000001", 7, "Closed", "已责令出租车公司整改"),
            (result.Number, result.Reference, result.Version, result.State, result.Reply));
        // The scans that queued ticket 1 also read tickets 2 (no URL) and 3 (not in a reported state): neither got anything.
        Assert.Empty(await portal.WaitForDeliveriesAsync("12328-20261128-0000002", _ => true, ct));
        Assert.Empty(await portal.WaitForDeliveriesAsync("12328-20261128-0000003", _ => true, ct));
    }

    [Fact]
    public async Task A_restarted_portal_resumes_the_pending_delivery_from_the_table()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var receiver = await HandoffReceiver.StartAsync(failures: 2, ct);
        await rig.CreateStoreAsync(ct);
        await rig.AddTicketAsync("12328-20261128-0000011", TicketState.Replied, receiver.Url, version: 5, reply: "已联系驾驶员", ct);
        var first = await rig.StartPortalAsync(ct);
        var before = await first.WaitForDeliveriesAsync("12328-20261128-0000011", d => d.Any(x => x.Attempts >= 1), ct);
        await first.DisposeAsync();
        Assert.Equal("pending", Assert.Single(before).Status);

        // The second portal reports only Handling: it can deliver the Replied result solely from the queued row, not by rescanning.
        await using var second = await rig.StartPortalAsync(ct, nameof(TicketState.Handling));
        var after = await second.WaitForDeliveriesAsync("12328-20261128-0000011", d => d.Any(x => x.Status == "delivered"), ct);

        var delivery = Assert.Single(after);
        Assert.Equal(3, delivery.Attempts);
        Assert.Equal(3, receiver.Calls.Count);
        Assert.Single(receiver.Calls, c => c.Accepted);
        Assert.Contains("500", delivery.LastError ?? before[0].LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliveries_are_shown_only_to_the_partner_that_handed_the_ticket_off()
    {
        var ct = TestContext.Current.CancellationToken;
        await rig.CreateStoreAsync(ct);
        await rig.AddTicketAsync("12328-20261128-0000021", TicketState.Handling, new Uri("http://127.0.0.1:9/results"), version: 2, reply: null, ct);
        await using var portal = await rig.StartPortalAsync(ct);

        using var mine = await portal.GetDeliveriesAsync("12328-20261128-0000021", HandoffRig.PartnerToken, ct);
        using var other = await portal.GetDeliveriesAsync("12328-20261128-0000021", HandoffRig.OtherPartnerToken, ct);
        using var unknown = await portal.GetDeliveriesAsync("12328-20261128-9999999", HandoffRig.PartnerToken, ct);
        using var anonymous = await portal.GetDeliveriesAsync("12328-20261128-0000021", "wrong-token", ct);

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    public void Dispose() => rig.Dispose();
}
