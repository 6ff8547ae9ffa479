using Hotline.Telephony.Sip.Transactions;
using static Hotline.Telephony.Tests.Sip.Transactions.TransactionHarness;

namespace Hotline.Telephony.Tests.Sip.Transactions;

[Trait("Category", "Unit")]
public sealed class NonInviteClientTransactionTests
{
    [Fact]
    public async Task Udp_retransmits_with_backoff_capped_at_T2_and_times_out_with_408()
    {
        using var h = new TransactionHarness();
        var transaction = await h.Layer.SendRequestAsync(OutboundRequest("OPTIONS"), Udp, cancellationToken: Ct);

        var times = h.SendTimesOver(32.5, "OPTIONS");

        // Timer E: 0.5, 1, 2, then 4 s (T2) apart; Timer F at 64·T1 = 32 s.
        Assert.Equal([0.5, 1.5, 3.5, 7.5, 11.5, 15.5, 19.5, 23.5, 27.5, 31.5], times);
        var result = await transaction.Completion;
        Assert.Equal((408, SipClientOutcome.Timeout), (result.Response.StatusCode, result.Outcome));
        Assert.Equal(0, h.Layer.Count);
    }

    [Fact]
    public async Task Proceeding_retransmits_every_T2()
    {
        using var h = new TransactionHarness();
        var transaction = await h.Layer.SendRequestAsync(OutboundRequest("REGISTER"), Udp, cancellationToken: Ct);
        await h.Receive(ResponseTo(h.Transport.SentRequests[0], 100));
        Assert.Equal(SipTransactionState.Proceeding, transaction.State);

        var times = h.SendTimesOver(10, "REGISTER");

        // The 0.5 s timer still runs; after it fires in Proceeding the interval is T2.
        Assert.Equal([0.5, 4.5, 8.5], times);
    }

    [Fact]
    public async Task Final_response_completes_and_timer_K_removes_it()
    {
        using var h = new TransactionHarness();
        var responses = new List<int>();
        var transaction = await h.Layer.SendRequestAsync(OutboundRequest("BYE"), Udp, (_, r) => { responses.Add(r.StatusCode); return ValueTask.CompletedTask; }, cancellationToken: Ct);

        await h.Receive(ResponseTo(h.Transport.SentRequests[0], 200));
        await h.Receive(ResponseTo(h.Transport.SentRequests[0], 200));

        Assert.Equal([200], responses);
        Assert.Equal(SipTransactionState.Completed, transaction.State);
        h.Advance(4.9);
        Assert.Single(h.Transport.SentRequests);
        Assert.Equal(SipTransactionState.Completed, transaction.State);
        h.Advance(0.1);
        Assert.Equal(SipTransactionState.Terminated, transaction.State);
        Assert.Equal(0, h.Layer.Count);
    }

    [Fact]
    public async Task Over_tcp_nothing_is_retransmitted_and_a_final_response_terminates_at_once()
    {
        using var h = new TransactionHarness();
        var transaction = await h.Layer.SendRequestAsync(OutboundRequest("OPTIONS"), Tcp, cancellationToken: Ct);
        h.Advance(20);
        Assert.Single(h.Transport.SentRequests);

        await h.Receive(ResponseTo(h.Transport.SentRequests[0], 200), Tcp);

        Assert.Equal(SipTransactionState.Terminated, transaction.State);
        Assert.Equal(0, h.Layer.Count);
    }

    [Fact]
    public async Task Transport_error_on_a_retransmission_ends_with_503()
    {
        using var h = new TransactionHarness();
        var transaction = await h.Layer.SendRequestAsync(OutboundRequest("OPTIONS"), Udp, cancellationToken: Ct);

        h.Transport.Fail = true;
        h.Advance(0.5);

        var result = await transaction.Completion;
        Assert.Equal((503, SipClientOutcome.TransportError), (result.Response.StatusCode, result.Outcome));
        Assert.Equal(0, h.Layer.Count);
    }

    [Fact]
    public async Task Ack_and_cancel_cannot_start_a_client_transaction()
    {
        using var h = new TransactionHarness();
        await Assert.ThrowsAsync<ArgumentException>(async () => await h.Layer.SendRequestAsync(OutboundRequest("ACK"), Udp, cancellationToken: Ct));
        await Assert.ThrowsAsync<ArgumentException>(async () => await h.Layer.SendRequestAsync(OutboundRequest("CANCEL"), Udp, cancellationToken: Ct));
    }

    [Fact]
    public async Task Ack_for_a_2xx_is_sent_without_a_transaction_and_keeps_its_branch_when_resent()
    {
        using var h = new TransactionHarness();
        var ack = OutboundRequest("ACK");

        await h.Layer.SendAckAsync(ack, Udp, cancellationToken: Ct);
        await h.Layer.SendAckAsync(ack, Udp, cancellationToken: Ct);

        Assert.Equal(2, h.Transport.SentRequests.Count);
        Assert.Single(ack.Vias);
        Assert.Equal(0, h.Layer.Count);
    }
}
