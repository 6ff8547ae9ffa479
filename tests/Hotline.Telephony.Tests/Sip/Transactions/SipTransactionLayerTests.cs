using Hotline.Telephony.Sip.Transactions;
using static Hotline.Telephony.Tests.Sip.Transactions.TransactionHarness;

namespace Hotline.Telephony.Tests.Sip.Transactions;

[Trait("Category", "Unit")]
public sealed class SipTransactionLayerTests
{
    [Fact]
    public async Task A_throwing_TU_gets_500_sent_for_it_and_the_layer_keeps_working()
    {
        using var h = new TransactionHarness();
        h.User.OnRequest = t => t.Request.Is("INVITE") ? throw new InvalidOperationException("TU bug") : t.SendResponseAsync(t.CreateResponse(200), cancellationToken: Ct);

        await h.Receive(InboundRequest(branch: "z9hG4bKboom"));
        await h.Receive(InboundRequest("OPTIONS", branch: "z9hG4bKok"));

        Assert.Equal([500, 200], h.Transport.SentResponses.Select(r => r.StatusCode));
        Assert.Equal(2, h.User.Requests.Count);
    }

    [Fact]
    public async Task A_throwing_response_handler_does_not_break_the_client_transaction()
    {
        using var h = new TransactionHarness();
        var transaction = await h.Layer.SendInviteAsync(OutboundRequest(), Udp, (_, _) => throw new InvalidOperationException("TU bug"), cancellationToken: Ct);

        await h.Receive(ResponseTo(h.Transport.SentRequests[0], 486));

        Assert.Equal(486, (await transaction.Completion).Response.StatusCode);
        Assert.True(h.Transport.SentRequests[^1].Is("ACK"));
    }

    [Fact]
    public async Task Table_empties_after_a_flood_of_unacknowledged_invites()
    {
        using var h = new TransactionHarness();
        h.User.OnRequest = t => t.SendResponseAsync(t.CreateResponse(486), cancellationToken: Ct);

        for (var i = 0; i < 2000; i++)
        {
            await h.Receive(InboundRequest(branch: "z9hG4bKflood" + i, callId: "flood" + i));
        }

        Assert.Equal(2000, h.Layer.Count);
        h.Advance(32);
        Assert.Equal(0, h.Layer.Count);
        Assert.Equal(0, h.Layer.ServerCount);
    }

    [Fact]
    public async Task Beyond_the_limit_new_requests_get_503_without_state()
    {
        using var h = new TransactionHarness(new SipTransactionOptions { MaxServerTransactions = 3 });
        for (var i = 0; i < 5; i++)
        {
            await h.Receive(InboundRequest(branch: "z9hG4bKmax" + i, callId: "max" + i));
        }

        Assert.Equal(3, h.User.Requests.Count);
        Assert.Equal(3, h.Layer.Count);
        Assert.Equal([503, 503], h.Transport.SentResponses.Select(r => r.StatusCode));
    }

    [Fact]
    public async Task Without_a_TU_requests_get_503()
    {
        using var h = new TransactionHarness();
        h.Layer.User = null;

        await h.Receive(InboundRequest("OPTIONS"));

        Assert.Equal(503, Assert.Single(h.Transport.SentResponses).StatusCode);
        Assert.Equal(0, h.Layer.Count);
    }

    [Fact]
    public async Task Concurrent_retransmissions_create_one_transaction()
    {
        using var h = new TransactionHarness();
        h.User.OnRequest = t => t.SendResponseAsync(t.CreateResponse(200), cancellationToken: Ct);

        await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(async () => await h.Receive(InboundRequest("OPTIONS")), Ct)));

        Assert.Single(h.User.Requests);
        Assert.Equal(1, h.Layer.Count);
    }

    [Fact]
    public async Task Dispose_stops_all_timers()
    {
        var h = new TransactionHarness();
        await h.Layer.SendInviteAsync(OutboundRequest(), Udp, cancellationToken: Ct);

        h.Dispose();
        h.Advance(60);

        Assert.Single(h.Transport.SentRequests);
        Assert.Equal(0, h.Layer.Count);
    }
}
