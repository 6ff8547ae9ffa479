using Hotline.Telephony.Sip.Transactions;
using static Hotline.Telephony.Tests.Sip.Transactions.TransactionHarness;

namespace Hotline.Telephony.Tests.Sip.Transactions;

[Trait("Category", "Unit")]
public sealed class InviteServerTransactionTests
{
    [Fact]
    public async Task Sends_100_trying_after_200_ms_when_the_TU_is_silent()
    {
        using var h = new TransactionHarness();
        await h.Receive(InboundRequest());
        var transaction = Assert.Single(h.User.Requests);

        h.Advance(0.19);
        Assert.Empty(h.Transport.SentResponses);
        h.Advance(0.01);

        var trying = Assert.Single(h.Transport.SentResponses);
        Assert.Equal(100, trying.StatusCode);
        Assert.Null(trying.To!.Tag);
        Assert.Equal(transaction.Request.TopVia!.Branch, trying.TopVia!.Branch);
        Assert.Equal(Udp, h.Transport.Sent[0].Remote);
    }

    [Fact]
    public async Task No_automatic_100_when_the_TU_answered_in_time()
    {
        using var h = new TransactionHarness();
        h.User.OnRequest = t => t.SendResponseAsync(t.CreateResponse(180), cancellationToken: Ct);
        await h.Receive(InboundRequest());

        h.Advance(1);

        Assert.Equal([180], h.Transport.SentResponses.Select(r => r.StatusCode));
    }

    [Fact]
    public async Task Retransmitted_invite_in_proceeding_gets_the_last_provisional_again()
    {
        using var h = new TransactionHarness();
        h.User.OnRequest = t => t.SendResponseAsync(t.CreateResponse(180), cancellationToken: Ct);
        await h.Receive(InboundRequest());
        await h.Receive(InboundRequest());

        Assert.Single(h.User.Requests);
        Assert.Equal([180, 180], h.Transport.SentResponses.Select(r => r.StatusCode));
    }

    [Fact]
    public async Task Non_2xx_final_is_retransmitted_with_timer_G_until_the_ack_then_timer_I_ends_it()
    {
        using var h = new TransactionHarness();
        h.User.OnRequest = t => t.SendResponseAsync(t.CreateResponse(486), cancellationToken: Ct);
        await h.Receive(InboundRequest());
        var transaction = h.User.Requests[0];
        Assert.Equal(SipTransactionState.Completed, transaction.State);

        var times = h.ResponseTimesOver(12, 486);
        Assert.Equal([0.5, 1.5, 3.5, 7.5, 11.5], times);

        // A retransmitted INVITE gets the final response again.
        await h.Receive(InboundRequest());
        Assert.Equal(7, h.Transport.SentResponses.Count(r => r.StatusCode == 486));

        var ack = InboundRequest("ACK", toTag: transaction.LastResponse!.To!.Tag!);
        await h.Receive(ack);
        Assert.Equal(SipTransactionState.Confirmed, transaction.State);
        Assert.Empty(h.User.Acks);

        await h.Receive(ack);
        h.Advance(4.9);
        Assert.Equal(7, h.Transport.SentResponses.Count(r => r.StatusCode == 486));
        Assert.Equal(SipTransactionState.Confirmed, transaction.State);
        h.Advance(0.1);
        Assert.Equal(SipTransactionState.Terminated, transaction.State);
        Assert.Equal(0, h.Layer.Count);
        Assert.Empty(h.User.Failures);
    }

    [Fact]
    public async Task Timer_H_reports_a_missing_ack_as_a_timeout()
    {
        using var h = new TransactionHarness();
        h.User.OnRequest = t => t.SendResponseAsync(t.CreateResponse(404), cancellationToken: Ct);
        await h.Receive(InboundRequest());

        h.Advance(31.9);
        Assert.Empty(h.User.Failures);
        h.Advance(0.1);

        var failure = Assert.Single(h.User.Failures);
        Assert.Equal(SipTransactionFailure.Timeout, failure.Failure);
        Assert.Equal(0, h.Layer.Count);
    }

    [Fact]
    public async Task Over_tcp_the_final_is_not_retransmitted_and_the_ack_ends_the_transaction()
    {
        using var h = new TransactionHarness();
        h.User.OnRequest = t => t.SendResponseAsync(t.CreateResponse(486), cancellationToken: Ct);
        await h.Receive(InboundRequest(transport: "TCP"), Tcp);
        var transaction = h.User.Requests[0];

        h.Advance(10);
        Assert.Single(h.Transport.SentResponses);
        Assert.Equal(Tcp, h.Transport.Sent[0].Remote);

        await h.Receive(InboundRequest("ACK", transport: "TCP", toTag: transaction.LastResponse!.To!.Tag!), Tcp);
        Assert.Equal(SipTransactionState.Terminated, transaction.State);
        Assert.Equal(0, h.Layer.Count);
    }

    [Fact]
    public async Task Success_enters_accepted_absorbs_invite_retransmissions_and_ends_with_timer_L()
    {
        using var h = new TransactionHarness();
        h.User.OnRequest = t => t.SendResponseAsync(t.CreateResponse(200), cancellationToken: Ct);
        await h.Receive(InboundRequest());
        var transaction = h.User.Requests[0];
        Assert.Equal(SipTransactionState.Accepted, transaction.State);

        // The transaction does not retransmit the 2xx itself, and a retransmitted INVITE is neither answered nor passed up.
        h.Advance(5);
        await h.Receive(InboundRequest());
        Assert.Single(h.Transport.SentResponses);
        Assert.Single(h.User.Requests);

        // The TU's own 2xx retransmission goes out; the ACK for the 2xx (its own branch) goes to the TU.
        await transaction.SendResponseAsync(transaction.LastResponse!, cancellationToken: Ct);
        Assert.Equal(2, h.Transport.SentResponses.Count);
        await h.Receive(InboundRequest("ACK", branch: "z9hG4bKack2xx", toTag: transaction.LocalTag));
        Assert.Single(h.User.Acks);

        // A late non-2xx from the TU is discarded.
        await transaction.SendResponseAsync(transaction.CreateResponse(487), cancellationToken: Ct);
        Assert.Equal(2, h.Transport.SentResponses.Count);

        h.Advance(26.9);
        Assert.Equal(SipTransactionState.Accepted, transaction.State);
        h.Advance(0.1);
        Assert.Equal(SipTransactionState.Terminated, transaction.State);
        Assert.Equal(0, h.Layer.Count);
    }

    [Fact]
    public async Task Responses_from_create_response_share_one_to_tag()
    {
        using var h = new TransactionHarness();
        await h.Receive(InboundRequest());
        var transaction = h.User.Requests[0];

        await transaction.SendResponseAsync(transaction.CreateResponse(180), cancellationToken: Ct);
        await transaction.SendResponseAsync(transaction.CreateResponse(200), cancellationToken: Ct);

        var tags = h.Transport.SentResponses.Select(r => r.To!.Tag).ToList();
        Assert.Equal(2, tags.Count);
        Assert.NotNull(tags[0]);
        Assert.Equal(tags[0], tags[1]);
    }

    [Fact]
    public async Task An_unanswered_invite_is_answered_408_after_the_configured_time()
    {
        using var h = new TransactionHarness(new SipTransactionOptions { ServerInviteTimeout = TimeSpan.FromSeconds(60) });
        await h.Receive(InboundRequest());

        h.Advance(60);

        Assert.Equal([100, 408], h.Transport.SentResponses.Select(r => r.StatusCode));
        Assert.Equal(SipTransactionFailure.Timeout, Assert.Single(h.User.Failures).Failure);
    }

    [Fact]
    public async Task Transport_error_on_a_response_terminates_and_informs_the_TU()
    {
        using var h = new TransactionHarness();
        await h.Receive(InboundRequest());
        var transaction = h.User.Requests[0];

        h.Transport.Fail = true;
        await transaction.SendResponseAsync(transaction.CreateResponse(486), cancellationToken: Ct);

        Assert.Equal(SipTransactionState.Terminated, transaction.State);
        Assert.Equal(SipTransactionFailure.TransportError, Assert.Single(h.User.Failures).Failure);
        Assert.Equal(0, h.Layer.Count);
    }
}
