using Hotline.Telephony.Sip.Transactions;
using static Hotline.Telephony.Tests.Sip.Transactions.TransactionHarness;

namespace Hotline.Telephony.Tests.Sip.Transactions;

[Trait("Category", "Unit")]
public sealed class NonInviteServerTransactionTests
{
    [Fact]
    public async Task Absorbs_retransmissions_while_trying_and_resends_the_last_response_after()
    {
        using var h = new TransactionHarness();
        await h.Receive(InboundRequest("OPTIONS"));
        var transaction = Assert.Single(h.User.Requests);
        Assert.IsType<NonInviteServerTransaction>(transaction);
        Assert.Equal(SipTransactionState.Trying, transaction.State);

        await h.Receive(InboundRequest("OPTIONS"));
        Assert.Empty(h.Transport.SentResponses);

        await transaction.SendResponseAsync(transaction.CreateResponse(100), cancellationToken: Ct);
        Assert.Equal(SipTransactionState.Proceeding, transaction.State);
        await h.Receive(InboundRequest("OPTIONS"));
        Assert.Equal([100, 100], h.Transport.SentResponses.Select(r => r.StatusCode));

        await transaction.SendResponseAsync(transaction.CreateResponse(200), cancellationToken: Ct);
        Assert.Equal(SipTransactionState.Completed, transaction.State);
        await h.Receive(InboundRequest("OPTIONS"));
        Assert.Equal([100, 100, 200, 200], h.Transport.SentResponses.Select(r => r.StatusCode));
        Assert.Single(h.User.Requests);

        // A second final answer is discarded (§17.2.2).
        await transaction.SendResponseAsync(transaction.CreateResponse(500), cancellationToken: Ct);
        Assert.Equal(4, h.Transport.SentResponses.Count);
    }

    [Fact]
    public async Task Timer_J_keeps_the_completed_transaction_for_64_T1_over_udp()
    {
        using var h = new TransactionHarness();
        h.User.OnRequest = t => t.SendResponseAsync(t.CreateResponse(200), cancellationToken: Ct);
        await h.Receive(InboundRequest("REGISTER"));

        h.Advance(31.9);
        Assert.Equal(1, h.Layer.Count);
        h.Advance(0.1);
        Assert.Equal(0, h.Layer.Count);
        Assert.Equal(SipTransactionState.Terminated, h.User.Requests[0].State);
    }

    [Fact]
    public async Task Over_tcp_a_final_response_terminates_at_once()
    {
        using var h = new TransactionHarness();
        h.User.OnRequest = t => t.SendResponseAsync(t.CreateResponse(200), cancellationToken: Ct);
        await h.Receive(InboundRequest("REGISTER", transport: "TCP"), Tcp);

        Assert.Equal(0, h.Layer.Count);
        Assert.Equal(Tcp, Assert.Single(h.Transport.Sent).Remote);
    }

    [Fact]
    public async Task An_unanswered_request_is_dropped_after_the_configured_time()
    {
        using var h = new TransactionHarness();
        await h.Receive(InboundRequest("MESSAGE"));

        h.Advance(32);

        Assert.Equal(0, h.Layer.Count);
        Assert.Empty(h.Transport.SentResponses);
        Assert.Equal(SipTransactionFailure.Timeout, Assert.Single(h.User.Failures).Failure);
    }

    [Fact]
    public async Task Without_rport_udp_responses_go_to_the_sent_by_port()
    {
        using var h = new TransactionHarness();
        h.User.OnRequest = t => t.SendResponseAsync(t.CreateResponse(200), cancellationToken: Ct);
        await h.Receive(InboundRequest("OPTIONS", sentBy: "pc33.atlanta.example:5080"));
        await h.Receive(InboundRequest("OPTIONS", branch: "z9hG4bKrport", sentBy: "pc33.atlanta.example:5080;rport", callId: "second"));

        Assert.Equal(5080, h.Transport.Sent[0].Remote.EndPoint.Port);
        Assert.Equal(Udp.EndPoint.Address, h.Transport.Sent[0].Remote.EndPoint.Address);
        Assert.Equal(Udp, h.Transport.Sent[1].Remote);
    }
}
